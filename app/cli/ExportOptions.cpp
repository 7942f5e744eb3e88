#include "ExportOptions.h"

namespace latch::cli {

QStringList ExportOptions::flags()
{
    return {QStringLiteral("--include-obsolete"), QStringLiteral("--open-only")};
}

QStringList ExportOptions::valueOptions()
{
    return {QStringLiteral("-o"), QStringLiteral("--page-size"), QStringLiteral("--diagram"),
            QStringLiteral("--scale")};
}

ExportFile::Request ExportOptions::read(const QSet<QString>& flags,
                                        const QHash<QString, QString>& values, QString* error)
{
    ExportFile::Request request;
    request.options.includeObsolete = flags.contains(QStringLiteral("--include-obsolete"));
    request.options.includeClosed = !flags.contains(QStringLiteral("--open-only"));
    const QString pageSize = values.value(QStringLiteral("--page-size")).toLower();
    if (pageSize.isEmpty() || pageSize == QLatin1String("a4"))
        request.options.pageSize = QPageSize::A4;
    else if (pageSize == QLatin1String("letter"))
        request.options.pageSize = QPageSize::Letter;
    else
        *error = QStringLiteral("unknown page size \"%1\" (expected a4 or letter)").arg(pageSize);
    request.diagram = values.value(QStringLiteral("--diagram"));
    if (values.contains(QStringLiteral("--scale"))) {
        bool ok = false;
        request.scale = values.value(QStringLiteral("--scale")).toDouble(&ok);
        if (!ok || request.scale <= 0 || request.scale > 16)
            *error = QStringLiteral("--scale takes a number above 0 and at most 16");
    }
    return request;
}

} // namespace latch::cli
