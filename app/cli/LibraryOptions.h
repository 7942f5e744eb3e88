#pragma once

#include "Console.h"

#include <QStringList>

namespace latch {
class RuleLibrary;
struct Model;
} // namespace latch

namespace latch::cli {

class CommandLine;

// The `--rules FILE` option shared by the commands that run the engine: the built-in library,
// the user folder, each --rules file (a Latch library, or a TMT template .tb7), then the
// model's embedded library, in that order.
class LibraryOptions
{
public:
    static void declare(CommandLine& line);
    // The --rules files given, in order.
    explicit LibraryOptions(const CommandLine& line);
    // Builds the library; prints one line per problem and returns false if any library failed.
    bool load(const Model* model, const QString& modelPath, RuleLibrary& library,
              Console& console) const;

private:
    QStringList m_files;
};

} // namespace latch::cli
