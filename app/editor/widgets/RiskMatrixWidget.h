#pragma once

#include <QWidget>

namespace latch {

// The likelihood × impact matrix: five by five cells coloured by risk band, the threat's cell
// marked. Clicking a cell rates both at once.
class RiskMatrixWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RiskMatrixWidget(QWidget* parent = nullptr);

    // 0 for either clears the mark (an unscored threat).
    void setRating(int likelihood, int impact);
    int likelihood() const { return m_likelihood; }
    int impact() const { return m_impact; }
    // The cell's rectangle in widget coordinates (tests click there).
    QRect cellRect(int likelihood, int impact) const;

    QSize sizeHint() const override { return {220, 190}; }
    QSize minimumSizeHint() const override { return {150, 130}; }

Q_SIGNALS:
    void cellClicked(int likelihood, int impact);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect grid() const;

    int m_likelihood = 0;
    int m_impact = 0;
};

} // namespace latch
