#include "DisplayNames.h"

#include "engine/RiskScoring.h"
#include "model/Mitigation.h"
#include "model/ThreatStatus.h"

#include <QCoreApplication>
#include <QHash>

namespace latch {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("latch::DisplayNames", text);
}

} // namespace

QString DisplayNames::status(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Open:
        return tr("Open");
    case ThreatStatus::InProgress:
        return tr("In progress");
    case ThreatStatus::Mitigated:
        return tr("Mitigated");
    case ThreatStatus::Accepted:
        return tr("Accepted");
    case ThreatStatus::NotApplicable:
        return tr("Not applicable");
    case ThreatStatus::Transferred:
        return tr("Transferred");
    }
    return {};
}

QString DisplayNames::mitigationStatus(MitigationStatus status)
{
    switch (status) {
    case MitigationStatus::Proposed:
        return tr("Proposed");
    case MitigationStatus::Implemented:
        return tr("Implemented");
    case MitigationStatus::Verified:
        return tr("Verified");
    }
    return {};
}

QString DisplayNames::band(RiskBand band)
{
    switch (band) {
    case RiskBand::Critical:
        return tr("critical");
    case RiskBand::High:
        return tr("high");
    case RiskBand::Medium:
        return tr("medium");
    case RiskBand::Low:
        return tr("low");
    case RiskBand::Unscored:
        break;
    }
    return tr("unscored");
}

QString DisplayNames::category(const QString& id)
{
    // STRIDE's six, LINDDUN's seven and CIA's three (Frameworks); a library's own categories
    // show their id made readable.
    static const std::pair<const char*, const char*> names[] = {
        {"spoofing", QT_TRANSLATE_NOOP("latch::DisplayNames", "Spoofing")},
        {"tampering", QT_TRANSLATE_NOOP("latch::DisplayNames", "Tampering")},
        {"repudiation", QT_TRANSLATE_NOOP("latch::DisplayNames", "Repudiation")},
        {"information_disclosure",
         QT_TRANSLATE_NOOP("latch::DisplayNames", "Information disclosure")},
        {"denial_of_service", QT_TRANSLATE_NOOP("latch::DisplayNames", "Denial of service")},
        {"elevation_of_privilege",
         QT_TRANSLATE_NOOP("latch::DisplayNames", "Elevation of privilege")},
        {"linking", QT_TRANSLATE_NOOP("latch::DisplayNames", "Linking")},
        {"identifying", QT_TRANSLATE_NOOP("latch::DisplayNames", "Identifying")},
        {"non_repudiation", QT_TRANSLATE_NOOP("latch::DisplayNames", "Non-repudiation")},
        {"detecting", QT_TRANSLATE_NOOP("latch::DisplayNames", "Detecting")},
        {"data_disclosure", QT_TRANSLATE_NOOP("latch::DisplayNames", "Data disclosure")},
        {"unawareness", QT_TRANSLATE_NOOP("latch::DisplayNames", "Unawareness")},
        {"non_compliance", QT_TRANSLATE_NOOP("latch::DisplayNames", "Non-compliance")},
        {"confidentiality", QT_TRANSLATE_NOOP("latch::DisplayNames", "Confidentiality")},
        {"integrity", QT_TRANSLATE_NOOP("latch::DisplayNames", "Integrity")},
        {"availability", QT_TRANSLATE_NOOP("latch::DisplayNames", "Availability")},
    };
    for (const auto& [name, text] : names) {
        if (id == QLatin1String(name))
            return tr(text);
    }
    QString text = QString(id).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString DisplayNames::classification(const QString& id)
{
    if (id == QLatin1String("public"))
        return tr("public");
    if (id == QLatin1String("internal"))
        return tr("internal");
    if (id == QLatin1String("confidential"))
        return tr("confidential");
    if (id == QLatin1String("restricted"))
        return tr("restricted");
    return id;
}

QString DisplayNames::diffSubject(const QString& subject)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("latch::DisplayNames", "model")},
        {QStringLiteral("diagram"), QT_TRANSLATE_NOOP("latch::DisplayNames", "diagram")},
        {QStringLiteral("entity"), QT_TRANSLATE_NOOP("latch::DisplayNames", "external entity")},
        {QStringLiteral("process"), QT_TRANSLATE_NOOP("latch::DisplayNames", "process")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("latch::DisplayNames", "data store")},
        {QStringLiteral("flow"), QT_TRANSLATE_NOOP("latch::DisplayNames", "data flow")},
        {QStringLiteral("boundary"), QT_TRANSLATE_NOOP("latch::DisplayNames", "trust boundary")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("latch::DisplayNames", "note")},
        {QStringLiteral("threat"), QT_TRANSLATE_NOOP("latch::DisplayNames", "threat")},
        {QStringLiteral("mitigation"), QT_TRANSLATE_NOOP("latch::DisplayNames", "mitigation")},
        {QStringLiteral("asset"), QT_TRANSLATE_NOOP("latch::DisplayNames", "asset")},
    };
    const char* name = names.value(subject);
    return name ? tr(name) : subject;
}

QString DisplayNames::diffChange(const QString& change)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("added"), QT_TRANSLATE_NOOP("latch::DisplayNames", "added")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("latch::DisplayNames", "removed")},
        {QStringLiteral("renamed"), QT_TRANSLATE_NOOP("latch::DisplayNames", "renamed")},
        {QStringLiteral("retyped"), QT_TRANSLATE_NOOP("latch::DisplayNames", "type changed")},
        {QStringLiteral("described"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "description changed")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "description changed")},
        {QStringLiteral("property"), QT_TRANSLATE_NOOP("latch::DisplayNames", "property changed")},
        {QStringLiteral("changed"), QT_TRANSLATE_NOOP("latch::DisplayNames", "changed")},
        {QStringLiteral("repointed"), QT_TRANSLATE_NOOP("latch::DisplayNames", "ends changed")},
        {QStringLiteral("direction"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "direction changed")},
        {QStringLiteral("crossings"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "boundaries crossed changed")},
        {QStringLiteral("regions"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "enclosing boundaries changed")},
        {QStringLiteral("moved"), QT_TRANSLATE_NOOP("latch::DisplayNames", "moved")},
        {QStringLiteral("resized"), QT_TRANSLATE_NOOP("latch::DisplayNames", "resized")},
        {QStringLiteral("reshaped"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "bend points changed")},
        {QStringLiteral("diagram"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "moved to another diagram")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("latch::DisplayNames", "status changed")},
        {QStringLiteral("justification"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "justification changed")},
        {QStringLiteral("dread"), QT_TRANSLATE_NOOP("latch::DisplayNames", "DREAD score changed")},
        {QStringLiteral("risk"), QT_TRANSLATE_NOOP("latch::DisplayNames", "risk rating changed")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("latch::DisplayNames", "title changed")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("latch::DisplayNames", "category changed")},
        {QStringLiteral("obsolete"), QT_TRANSLATE_NOOP("latch::DisplayNames", "made obsolete")},
        {QStringLiteral("revived"), QT_TRANSLATE_NOOP("latch::DisplayNames", "revived")},
        {QStringLiteral("linked"), QT_TRANSLATE_NOOP("latch::DisplayNames", "mitigation linked")},
        {QStringLiteral("unlinked"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "mitigation unlinked")},
        {QStringLiteral("objective"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "objective changed")},
        {QStringLiteral("library"),
         QT_TRANSLATE_NOOP("latch::DisplayNames", "rule library changed")},
    };
    const char* name = names.value(change);
    return name ? tr(name) : change;
}

QString DisplayNames::of(const QString& name)
{
    if (const auto s = threatStatusFromName(name))
        return status(*s);
    for (RiskBand b : {RiskBand::Critical, RiskBand::High, RiskBand::Medium, RiskBand::Low,
                       RiskBand::Unscored}) {
        if (RiskScoring::bandName(b) == name)
            return band(b);
    }
    return category(name);
}

} // namespace latch
