#pragma once

#include "ReportOptions.h"

#include <QString>

#include <optional>

namespace latch {

struct Model;

// One export as the command line and the editor ask for it. The format follows the file name:
// .pdf and .html are reports; .csv is the register; .svg and .png are a diagram; .otm.json is
// the whole model as Open Threat Model; .md is the register in Markdown. The trackers' CSV
// (Jira, GitLab) is asked for by name and holds the open threats only: a to-do list.
class ExportFile
{
public:
    enum class Format
    {
        Pdf,
        Html,
        Csv,
        Svg,
        Png,
        Otm,       // "OUT.otm.json"
        JiraCsv,   // "OUT.csv" with --format jira: the open threats as Jira issues
        GitLabCsv, // "OUT.csv" with --format gitlab: the open threats as GitLab issues
        Markdown   // "OUT.md": the register as one Markdown document
    };

    struct Request
    {
        ReportOptions options;
        QString diagram; // by name or id, for SVG and PNG; empty for the first diagram
        qreal scale = 2; // PNG pixels per diagram unit
        // Set when the format is chosen by name (`--format jira`), not by the file's name.
        std::optional<Format> format;
    };

    static std::optional<Format> formatOf(const QString& path);
    // "csv", "jira", "gitlab", "markdown", ... as `--format` names them; nullopt if unknown.
    static std::optional<Format> formatNamed(const QString& name);
    // Jira's or GitLab's CSV: the open threats as issues.
    static bool isTracker(Format format)
    {
        return format == Format::JiraCsv || format == Format::GitLabCsv;
    }
    // Whether a file named `path` may hold `format` (the trackers' CSV needs .csv).
    static bool suits(Format format, const QString& path);
    // Writes through QSaveFile, so the file appears whole or not at all; false with a
    // one-line error naming the file. `warnings` receives what the format could not hold.
    static bool save(const Model& model, const QString& path, const Request& request,
                     QString* error, QStringList* warnings = nullptr);
};

} // namespace latch
