#pragma once

// Whole files in and out, for the suites that prepare inputs on disk.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace latch::test {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace latch::test
