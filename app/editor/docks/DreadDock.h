#pragma once

#include <QDockWidget>
#include <QString>

class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace latch {

class Document;
class RiskMatrixWidget;

// Scores the current threat: the five DREAD ratings with a slider and a spin box each (their
// meaning in the tooltips), the composite and its band updating as they move; or, when the
// model rates risk as likelihood × impact, those two and the matrix. Every change is an undo
// step; one drag of a slider is one step.
class DreadDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Dimension
    {
        Damage,
        Reproducibility,
        Exploitability,
        AffectedUsers,
        Discoverability,
        DimensionCount
    };

    explicit DreadDock(Document* document, QWidget* parent = nullptr);

    void setThreat(const QString& threatId);
    const QString& threatId() const { return m_threatId; }

    QSpinBox* dreadSpinBox(Dimension dimension) const { return m_dreadSpins[dimension]; }
    QSlider* dreadSlider(Dimension dimension) const { return m_dreadSliders[dimension]; }
    QSpinBox* likelihoodSpinBox() const { return m_likelihood; }
    QSpinBox* impactSpinBox() const { return m_impact; }
    RiskMatrixWidget* matrix() const { return m_matrix; }
    // "6.4", "–" when unscored; and the band's name.
    QString compositeText() const;
    QString bandText() const;

private:
    QWidget* createDreadPage();
    QWidget* createMatrixPage();
    void refresh();
    void dreadEdited(Dimension dimension, int value);
    void matrixEdited(int likelihood, int impact);
    void clearScore();
    void showResult(const QString& figure, int band);

    Document* m_document;
    QString m_threatId;
    QLabel* m_title;
    QStackedWidget* m_pages;
    QSlider* m_dreadSliders[DimensionCount] = {};
    QSpinBox* m_dreadSpins[DimensionCount] = {};
    QSpinBox* m_likelihood = nullptr;
    QSpinBox* m_impact = nullptr;
    RiskMatrixWidget* m_matrix = nullptr;
    QLabel* m_composite;
    QLabel* m_band;
    QPushButton* m_clear;
    bool m_refreshing = false;
};

} // namespace latch
