// latch-icon-render: the application icon's PNG sizes, rendered from the SVG at build time so
// that the SVG is the one source. Usage: latch-icon-render ICON.svg OUTDIR SIZE...
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: latch-icon-render ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "latch-icon-render: %s: not a valid SVG\n",
                     qPrintable(arguments.at(1)));
        return 1;
    }
    for (const QString& argument : arguments.mid(3)) {
        const int size = argument.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QStringLiteral("/org.latch.Latch.png"))) {
            std::fprintf(stderr, "latch-icon-render: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
