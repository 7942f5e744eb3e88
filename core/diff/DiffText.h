#pragma once

#include "ModelDiff.h"

#include <QString>
#include <QVector>

namespace latch {

// A semantic diff as people read it: plain text like a review comment, or Markdown to paste
// into a pull request. Security changes first, layout last; one line per change.
class DiffText
{
public:
    // "flow “GET /accounts”: now crosses Internet boundary"
    static QString line(const ModelChange& change);
    // `before` and `after` name the two versions ("main:bank.tmodel", "bank.tmodel").
    static QString text(const QVector<ModelChange>& changes, const QString& before,
                        const QString& after);
    static QString markdown(const QVector<ModelChange>& changes, const QString& before,
                            const QString& after);
};

} // namespace latch
