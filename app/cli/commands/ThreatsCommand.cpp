#include "ThreatsCommand.h"

#include "CommandLine.h"
#include "LibraryOptions.h"
#include "engine/RiskScoring.h"
#include "engine/RuleLibrary.h"
#include "engine/ThreatGenerator.h"
#include "engine/ThreatText.h"
#include "format/ModelFile.h"
#include "model/Model.h"
#include "register/ThreatRegister.h"
#include "register/ThreatRepeats.h"

#include "format/JsonStreamWriter.h"

#include <algorithm>

namespace latch::cli {

namespace {

// Output goes out in pieces of this size: a large register is tens of MiB of text, and a
// buffer that is reused stays in memory that is already there.
constexpr qsizetype outputPiece = 1 << 20;

void flushIfFull(QByteArray& out, Console& console)
{
    if (out.size() >= outputPiece) {
        console.writeOut(out);
        out.resize(0); // keeps the capacity
    }
}

// The shape of `threats --json` is a contract (DESIGN.md): add keys, never rename them.
void printJson(const Model& model, Console& console)
{
    QByteArray out;
    out.reserve(outputPiece + 64 * 1024);
    JsonStreamWriter json(out);
    auto strings = [&json](const char* key, const QStringList& list) {
        json.key(key);
        json.beginArray();
        for (const QString& item : list)
            json.value(item);
        json.endArray();
    };
    const ThreatText text(model);
    const ThreatRepeats repeats(model);
    json.beginObject();
    json.key("threats");
    json.beginArray();
    for (const Threat& t : model.threats) {
        json.beginObject();
        json.member("id", t.id);
        json.key("rule");
        if (t.rule.isEmpty())
            json.null();
        else
            json.value(t.rule);
        json.member("element", t.element);
        json.member("category", t.category);
        json.member("title", t.title);
        json.member("description", text.description(t));
        json.member("status", threatStatusName(t.status));
        json.key("dread");
        if (t.dread) {
            json.beginObject();
            json.member("damage", t.dread->damage);
            json.member("reproducibility", t.dread->reproducibility);
            json.member("exploitability", t.dread->exploitability);
            json.member("affected_users", t.dread->affectedUsers);
            json.member("discoverability", t.dread->discoverability);
            json.member("score", t.dread->composite());
            json.endObject();
        } else {
            json.null();
        }
        json.member("risk", RiskScoring::bandName(RiskScoring::bandOf(t, model.riskMethod)));
        strings("references", t.references);
        strings("mitigations", t.mitigations);
        json.member("origin", t.origin == ThreatOrigin::Generated ? "generated" : "manual");
        json.member("obsolete", t.obsolete);
        json.key("repeats");
        if (const QString shown = repeats.shownAs(t.id); shown.isEmpty())
            json.null();
        else
            json.value(shown);
        if (const QStringList hops = repeats.hopsOf(t.id); !hops.isEmpty())
            strings("hops", hops);
        if (t.distinct)
            json.member("distinct", true);
        json.endObject();
        flushIfFull(out, console);
    }
    json.endArray();
    json.endObject();
    out.append('\n');
    console.writeOut(out);
}

// Text as UTF-8; ids, names and titles are mostly ASCII, copied without a conversion.
void appendText(QByteArray& out, const QString& text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        out.append(text.toUtf8());
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* to = out.data() + start;
    for (QChar c : text)
        *to++ = char(c.unicode());
}

// `text` left-aligned in `width` characters, then a space.
void column(QByteArray& out, const QString& text, int width)
{
    appendText(out, text);
    if (text.size() < width)
        out.append(QByteArray(width - text.size(), ' '));
    out.append(' ');
}

void printTable(const Model& model, bool includeRepeats, Console& console)
{
    // Every threat, obsolete ones too, in the register order; repeats only when asked for.
    RegisterFilter everything;
    everything.includeObsolete = true;
    everything.includeRepeats = includeRepeats;
    const ThreatRegister threatRegister(model, everything);
    QByteArray out;
    out.reserve(outputPiece + 64 * 1024);
    for (const RegisterEntry& entry : threatRegister.entries()) {
        const Threat* t = entry.threat;
        const Element* element = entry.element;
        const QString score =
            t->dread ? QString::number(t->dread->composite(), 'f', 1) : QStringLiteral("-");
        column(out, t->id, 20);
        out.append(QByteArray(std::max<qsizetype>(0, 4 - score.size()), ' '));
        column(out, score, 0);
        column(out, RiskScoring::bandName(entry.band), 8);
        column(out, threatStatusName(t->status), 14);
        column(out, t->category, 22);
        appendText(out, t->title);
        out.append("  [");
        appendText(out, element ? element->name : t->element);
        out.append(']');
        if (t->obsolete)
            out.append(" (obsolete)");
        if (!entry.path.isEmpty()) {
            out.append(" on the path ");
            appendText(out, entry.path);
        }
        if (!entry.repeats.isEmpty())
            out.append(" (+" + QByteArray::number(entry.repeats.size()) + " repeated)");
        if (!entry.repeatOf.isEmpty()) {
            out.append(" (repeats ");
            appendText(out, entry.repeatOf);
            out.append(')');
        }
        out.append('\n');
        flushIfFull(out, console);
    }
    console.writeOut(out);
}

} // namespace

void ThreatsCommand::declare(CommandLine& line) const
{
    LibraryOptions::declare(line);
    line.addFlag(QStringLiteral("json"));
    line.addFlag(QStringLiteral("write"));
    line.addFlag(QStringLiteral("include-repeats"));
    line.setFileCount(1, 1);
}

int ThreatsCommand::execute(const CommandLine& line, Console& console)
{
    const LibraryOptions libraries(line);
    const bool json = line.isSet(QStringLiteral("json"));
    const bool write = line.isSet(QStringLiteral("write"));
    const QString path = line.files().constFirst();

    if (!libraries.frameworkError().isEmpty())
        return usageError(console, libraries.frameworkError());
    int status = Console::Success;
    auto model = loadModel(path, console, &status);
    if (!model)
        return status;
    RuleLibrary library;
    if (!libraries.load(&*model, path, library, console))
        return Console::ProblemFound;
    const QStringList chosenBefore = model->frameworks;
    const bool rechosen = libraries.chooseFrameworks(*model) && model->frameworks != chosenBefore;

    const GenerationReport report = ThreatGenerator(library).generate(*model);
    if (json)
        printJson(*model, console);
    else
        printTable(*model, line.isSet(QStringLiteral("include-repeats")), console);

    const bool changed = report.changedModel() || rechosen;
    if (write && changed) {
        QString error;
        if (!ModelFile::save(*model, path, &error)) {
            console.err << error << Qt::endl;
            return Console::ProblemFound;
        }
    }
    console.err << path << ": " << report.added << " added, " << report.updated << " updated, "
                << report.revived << " revived, " << report.obsoleted << " obsolete"
                << (write ? (changed ? ", written" : ", nothing to write") : "") << Qt::endl;
    return Console::Success;
}

} // namespace latch::cli
