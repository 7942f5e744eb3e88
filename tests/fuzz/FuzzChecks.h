#pragma once

// What each libFuzzer target in this folder checks, shared with tests/core/tst_fuzzcorpus.cpp,
// which runs the regression inputs under tests/fuzz/corpus/<target>/ on every build. Each check
// feeds one input to a reader's entry point and returns an empty string when the input gave a
// result or a clean error, or else what went wrong (the fuzzers abort on it).

#include "engine/Condition.h"
#include "engine/EvaluationContext.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "interop/OtmReader.h"
#include "interop/OtmWriter.h"
#include "interop/Tb7Reader.h"
#include "interop/ThreatDragonReader.h"
#include "interop/Tm7Reader.h"
#include "model/Element.h"
#include "model/Model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdlib>

namespace latch::fuzz {

// A model that loaded (or was imported) must save as .tmodel and load again unchanged.
inline QString savesAndLoads(const Model& model)
{
    FormatError error;
    const auto again = TmodelReader::read(TmodelWriter::write(model), &error);
    if (!again)
        return QStringLiteral("saved model does not load: ") + error.message;
    if (!(*again == model))
        return QStringLiteral("saved model loads as a different model");
    return {};
}

// .tmodel (TmodelReader::read).
inline QString tmodel(const QByteArray& bytes)
{
    FormatError error;
    const auto model = TmodelReader::read(bytes, &error);
    if (!model)
        return error.message.isEmpty() ? QStringLiteral("refused without a message") : QString();
    return savesAndLoads(*model);
}

// An importer's read(bytes, summary, error): a model that saves and loads, or a clean error.
template <typename Reader>
QString imported(const QByteArray& bytes)
{
    ImportSummary summary;
    FormatError error;
    const auto model = Reader::read(bytes, &summary, &error);
    if (!model)
        return error.message.isEmpty() ? QStringLiteral("refused without a message") : QString();
    return savesAndLoads(*model);
}

// Threat Dragon JSON, 1.x and 2.x (ThreatDragonReader::read).
inline QString threatDragon(const QByteArray& bytes)
{
    return imported<ThreatDragonReader>(bytes);
}

// TMT models, .tm7 (Tm7Reader::read).
inline QString tm7(const QByteArray& bytes)
{
    return imported<Tm7Reader>(bytes);
}

// OTM (OtmReader::read); a model that loads must also come back from OtmWriter unchanged.
inline QString otm(const QByteArray& bytes)
{
    const QString problem = imported<OtmReader>(bytes);
    if (!problem.isEmpty())
        return problem;
    ImportSummary summary;
    FormatError error;
    const auto model = OtmReader::read(bytes, &summary, &error);
    if (!model)
        return {};
    const auto back = OtmReader::read(OtmWriter::write(*model), &summary, &error);
    if (!back)
        return QStringLiteral("OTM written from the model does not load: ") + error.message;
    if (!(*back == *model))
        return QStringLiteral("OTM written from the model loads as a different model");
    return {};
}

// TMT templates, .tb7 (Tb7Reader::convert, TmtFilterTranslator): a converted library loads.
inline QString tb7(const QByteArray& bytes)
{
    QStringList problems;
    FormatError error;
    const auto library = Tb7Reader::convert(bytes, &problems, &error);
    if (!library)
        return error.message.isEmpty() ? QStringLiteral("refused without a message") : QString();
    RuleLibrary loaded;
    QString loadError;
    if (!RuleLibraryLoader::load(*library, QStringLiteral("fuzz.tb7"), loaded, &loadError))
        return QStringLiteral("converted library does not load: ") + loadError;
    return {};
}

// Rule libraries (RuleLibraryLoader::load): a failed load leaves the library unchanged.
inline QString ruleLibrary(const QByteArray& bytes)
{
    RuleLibrary library;
    const auto rulesBefore = library.rules().size();
    QString error;
    if (RuleLibraryLoader::load(bytes, QStringLiteral("fuzz.json"), library, &error))
        return {};
    if (error.isEmpty())
        return QStringLiteral("refused without a message");
    if (library.rules().size() != rulesBefore)
        return QStringLiteral("a failed load changed the library");
    return {};
}

inline Element conditionElement(ElementKind kind, const QString& id)
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.name = id + QStringLiteral(" name");
    e.properties.insert(QStringLiteral("authenticated"), true);
    e.properties.insert(QStringLiteral("protocol"), QStringLiteral("https"));
    e.properties.insert(QStringLiteral("port"), qlonglong(443));
    e.properties.insert(QStringLiteral("weight"), 0.5);
    return e;
}

// The condition language (Condition::parse, ConditionParser), the bytes taken as UTF-8: a
// condition or an error with its column. A parsed condition is evaluated against a flow, its
// source, target and a crossed boundary typed by the built-in library, and its text parses again.
inline QString condition(const QByteArray& bytes)
{
    static const RuleLibrary library = [] {
        RuleLibrary builtin;
        QString error;
        if (!RuleLibraryLoader::loadBuiltin(builtin, &error))
            std::abort();
        return builtin;
    }();
    static const Element source = conditionElement(ElementKind::Entity, QStringLiteral("s"));
    static const Element target = conditionElement(ElementKind::Store, QStringLiteral("t"));
    static const Element flow = conditionElement(ElementKind::Flow, QStringLiteral("f"));
    static const Element boundary = conditionElement(ElementKind::Boundary, QStringLiteral("b"));

    QString error;
    int column = 0;
    const auto parsed = Condition::parse(QString::fromUtf8(bytes), &error, &column);
    if (!parsed) {
        if (error.isEmpty() || column < 1)
            return QStringLiteral("refused without a message or a column");
        return {};
    }
    EvaluationContext context;
    context.types = &library.types();
    context.element = &flow;
    context.flow = &flow;
    context.source = &source;
    context.target = &target;
    context.crossings = {&boundary};
    context.regionsAround = [](const Element&) { return QVector<const Element*>{&boundary}; };
    (void)parsed->holds(context);
    (void)parsed->propertyUses();
    (void)parsed->typeUses();
    if (!Condition::parse(parsed->text(), &error, &column))
        return QStringLiteral("the condition's own text does not parse: ") + error;
    return {};
}

} // namespace latch::fuzz
