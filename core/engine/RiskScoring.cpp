#include "RiskScoring.h"

namespace latch {

RiskBand RiskScoring::bandOfDread(double composite)
{
    if (composite < 4.0)
        return RiskBand::Low;
    if (composite < 6.0)
        return RiskBand::Medium;
    if (composite < 8.0)
        return RiskBand::High;
    return RiskBand::Critical;
}

RiskBand RiskScoring::bandOfMatrix(int product)
{
    if (product <= 4)
        return RiskBand::Low;
    if (product <= 9)
        return RiskBand::Medium;
    if (product <= 16)
        return RiskBand::High;
    return RiskBand::Critical;
}

RiskBand RiskScoring::bandOf(const Threat& threat, RiskMethod method)
{
    if (method == RiskMethod::Dread)
        return threat.dread ? bandOfDread(threat.dread->composite()) : RiskBand::Unscored;
    return threat.risk ? bandOfMatrix(threat.risk->product()) : RiskBand::Unscored;
}

double RiskScoring::sortKey(const Threat& threat, RiskMethod method)
{
    if (method == RiskMethod::Dread)
        return threat.dread ? threat.dread->composite() : 0.0;
    return threat.risk ? threat.risk->product() * 10.0 / 25.0 : 0.0;
}

QString RiskScoring::scoreText(const Threat& threat, RiskMethod method)
{
    if (method == RiskMethod::Dread)
        return threat.dread ? QString::number(threat.dread->composite(), 'f', 1) : QString();
    return threat.risk
               ? QStringLiteral("%1 × %2").arg(threat.risk->likelihood).arg(threat.risk->impact)
               : QString();
}

QString RiskScoring::methodText(RiskMethod method)
{
    return method == RiskMethod::Dread ? QStringLiteral("DREAD")
                                       : QStringLiteral("likelihood × impact");
}

QString RiskScoring::bandName(RiskBand band)
{
    switch (band) {
    case RiskBand::Unscored:
        return QStringLiteral("unscored");
    case RiskBand::Low:
        return QStringLiteral("low");
    case RiskBand::Medium:
        return QStringLiteral("medium");
    case RiskBand::High:
        return QStringLiteral("high");
    case RiskBand::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

} // namespace latch
