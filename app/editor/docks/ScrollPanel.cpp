#include "ScrollPanel.h"

namespace latch {

ScrollPanel::ScrollPanel(QWidget* content, QWidget* parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setWidget(content);
}

QSize ScrollPanel::minimumSizeHint() const
{
    return {minimumExtent, minimumExtent};
}

} // namespace latch
