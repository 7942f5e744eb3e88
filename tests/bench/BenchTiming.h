#pragma once

// Shared by the benchmark programs: best-of-N timing and the sizes to run.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <limits>

namespace latch::bench {

// The fastest of `runs` runs, in milliseconds: the least disturbed by a busy machine.
inline double bestOf(int runs, const std::function<void()>& work)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Element counts from the command line, or the defaults.
inline QList<int> sizesFromArguments(const QList<int>& defaults)
{
    QList<int> sizes;
    for (const QString& argument : QCoreApplication::arguments().mid(1))
        sizes.append(argument.toInt());
    return sizes.isEmpty() ? defaults : sizes;
}

} // namespace latch::bench
