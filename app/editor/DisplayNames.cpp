#include "DisplayNames.h"

#include "engine/RiskScoring.h"
#include "model/Mitigation.h"
#include "model/ThreatStatus.h"

#include <QCoreApplication>

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
    if (id == QLatin1String("spoofing"))
        return tr("Spoofing");
    if (id == QLatin1String("tampering"))
        return tr("Tampering");
    if (id == QLatin1String("repudiation"))
        return tr("Repudiation");
    if (id == QLatin1String("information_disclosure"))
        return tr("Information disclosure");
    if (id == QLatin1String("denial_of_service"))
        return tr("Denial of service");
    if (id == QLatin1String("elevation_of_privilege"))
        return tr("Elevation of privilege");
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
