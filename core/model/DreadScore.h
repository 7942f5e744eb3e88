#pragma once

namespace latch {

// The five DREAD ratings, each 1..10. The composite is their mean.
struct DreadScore
{
    static constexpr int minimum = 1;
    static constexpr int maximum = 10;

    int damage = minimum;
    int reproducibility = minimum;
    int exploitability = minimum;
    int affectedUsers = minimum;
    int discoverability = minimum;

    double composite() const
    {
        return (damage + reproducibility + exploitability + affectedUsers + discoverability) / 5.0;
    }

    friend bool operator==(const DreadScore& a, const DreadScore& b)
    {
        return a.damage == b.damage && a.reproducibility == b.reproducibility &&
               a.exploitability == b.exploitability && a.affectedUsers == b.affectedUsers &&
               a.discoverability == b.discoverability;
    }
    friend bool operator!=(const DreadScore& a, const DreadScore& b) { return !(a == b); }
};

// The alternative rating: likelihood x impact, each 1..5.
struct RiskRating
{
    static constexpr int minimum = 1;
    static constexpr int maximum = 5;

    int likelihood = minimum;
    int impact = minimum;

    int product() const { return likelihood * impact; }

    friend bool operator==(const RiskRating& a, const RiskRating& b)
    {
        return a.likelihood == b.likelihood && a.impact == b.impact;
    }
    friend bool operator!=(const RiskRating& a, const RiskRating& b) { return !(a == b); }
};

} // namespace latch
