#pragma once

#include <QScrollArea>

namespace latch {

// A dock's content in a frameless scroll area. A dock then asks for little room of its own:
// on a small screen (a 1280×720 projector) its content scrolls instead of forcing the window
// taller or wider than the screen.
class ScrollPanel : public QScrollArea
{
    Q_OBJECT

public:
    // Takes ownership of `content`, which grows with the panel and scrolls when squeezed.
    explicit ScrollPanel(QWidget* content, QWidget* parent = nullptr);

    // The room a panel asks for at the least, so that its edges stay in reach.
    static constexpr int minimumExtent = 60;

    QSize minimumSizeHint() const override;
};

} // namespace latch
