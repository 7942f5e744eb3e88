#pragma once

#include "Console.h"

#include <QStringList>

#include <optional>

namespace latch {
class RuleLibrary;
struct Model;
struct Rule;
} // namespace latch

namespace latch::cli {

class CommandLine;

// The `--rules FILE` option shared by the commands that run the engine: the built-in library,
// the user folder, each --rules file (a Latch library, or a TMT template .tb7), then the
// model's embedded library, in that order. And `--framework NAME` (stride, linddun, cia;
// repeated or comma-separated): the built-in frameworks to generate with, instead of the
// model's own choice.
class LibraryOptions
{
public:
    static void declare(CommandLine& line);
    // The --rules files given, in order.
    explicit LibraryOptions(const CommandLine& line);
    // Builds the library; prints one line per problem and returns false if any library failed.
    bool load(const Model* model, const QString& modelPath, RuleLibrary& library,
              Console& console) const;
    // A one-line usage error for an unknown --framework; empty when all is well.
    const QString& frameworkError() const { return m_frameworkError; }
    // Puts the --framework choice into the model; false when there is none.
    bool chooseFrameworks(Model& model) const;
    // Whether `rules` lists the rule: any rule of a library that is no framework, and the
    // rules of the frameworks chosen (all of them when --framework is not given).
    bool shows(const Rule& rule) const;

private:
    QStringList m_files;
    std::optional<QStringList> m_frameworks;
    QString m_frameworkError;
};

} // namespace latch::cli
