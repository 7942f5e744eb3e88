#include "DiffCommand.h"

#include "CommandLine.h"
#include "ModelSource.h"
#include "diff/DiffText.h"
#include "diff/ModelDiff.h"
#include "format/JsonStreamWriter.h"

namespace latch::cli {

namespace {

// The shape of `diff --json` is a contract (README): keys are added, never renamed.
QByteArray json(const QVector<ModelChange>& changes)
{
    QByteArray out;
    JsonStreamWriter w(out);
    w.beginObject();
    w.member("equal", changes.isEmpty());
    w.key("changes");
    w.beginArray();
    for (const ModelChange& c : changes) {
        w.beginObject();
        w.member("rank", ModelDiff::rankName(c.rank));
        w.member("subject", c.subject);
        w.member("id", c.id);
        w.member("name", c.name);
        w.member("change", c.change);
        w.member("field", c.field);
        w.member("before", c.before);
        w.member("after", c.after);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    out.append('\n');
    return out;
}

} // namespace

void DiffCommand::declare(CommandLine& line) const
{
    line.addFlag(QStringLiteral("json"));
    line.addFlag(QStringLiteral("ignore-layout"));
    line.addFlag(QStringLiteral("git"));
    line.addValue({QStringLiteral("format")});
    line.setFileCount(2, 7);
}

int DiffCommand::execute(const CommandLine& line, Console& console)
{
    const QStringList files = line.files();
    // git's external diff driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.
    const bool git = line.isSet(QStringLiteral("git"));
    if (git ? files.size() != 7 : files.size() != 2)
        return usageError(console, git ? QStringLiteral("--git takes the 7 arguments git passes")
                                       : QStringLiteral("expected two versions to compare"));
    const QString format = line.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("markdown"))
        return usageError(console, QStringLiteral("--format is text or markdown"));
    const QString before = git ? files.at(1) : files.at(0);
    const QString after = git ? files.at(4) : files.at(1);

    QString error;
    int status = Console::Success;
    const auto a = ModelSource::read(before, &error, &status);
    if (!a) {
        console.err << error << Qt::endl;
        return status;
    }
    const auto b = ModelSource::read(after, &error, &status);
    if (!b) {
        console.err << error << Qt::endl;
        return status;
    }
    QVector<ModelChange> changes = ModelDiff::compare(*a, *b);
    if (line.isSet(QStringLiteral("ignore-layout")))
        changes = ModelDiff::withoutLayout(changes);

    const QString labelA = git ? QStringLiteral("a/") + files.at(0) : before;
    const QString labelB = git ? QStringLiteral("b/") + files.at(0) : after;
    if (line.isSet(QStringLiteral("json")))
        console.writeOut(json(changes));
    else if (format == QLatin1String("markdown"))
        console.writeOut(DiffText::markdown(changes, labelA, labelB).toUtf8());
    else
        console.writeOut(DiffText::text(changes, labelA, labelB).toUtf8());
    // git stops at a driver that exits non-zero: as its driver, a difference is no failure.
    if (git)
        return Console::Success;
    return changes.isEmpty() ? Console::Success : Console::ProblemFound;
}

} // namespace latch::cli
