#pragma once

// Screenshots of what the GUI tests saw, kept when LATCH_SCREENSHOT_DIR names a folder.

#include <QImage>
#include <QString>
#include <QWidget>

namespace latch::test {

inline void screenshot(const QImage& image, const char* name)
{
    const QByteArray dir = qgetenv("LATCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

inline void screenshot(QWidget* widget, const char* name)
{
    if (!qEnvironmentVariableIsEmpty("LATCH_SCREENSHOT_DIR"))
        screenshot(widget->grab().toImage(), name);
}

} // namespace latch::test
