#include "RecoveryStore.h"

#include "Document.h"
#include "format/ModelFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace latch {

namespace {

QString modelFile(const QString& folder, const QString& key)
{
    return folder + QLatin1Char('/') + key + QStringLiteral(".tmodel");
}

QString infoFile(const QString& folder, const QString& key)
{
    return folder + QLatin1Char('/') + key + QStringLiteral(".json");
}

} // namespace

RecoveryStore::RecoveryStore()
    : RecoveryStore(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                    QStringLiteral("/recovery"))
{
}

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{
}

bool RecoveryStore::save(const Document& document, QString* error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = m_folder + QStringLiteral(": cannot create the recovery folder");
        return false;
    }
    const QString key = document.recoveryKey();
    const QJsonObject info{{QStringLiteral("original"), document.filePath()}};
    return ModelFile::save(document.model(), modelFile(m_folder, key), error) &&
           ModelFile::writeAtomically(infoFile(m_folder, key),
                                      QJsonDocument(info).toJson(QJsonDocument::Compact), error);
}

void RecoveryStore::discard(const QString& key) const
{
    QFile::remove(modelFile(m_folder, key));
    QFile::remove(infoFile(m_folder, key));
}

QVector<RecoveryStore::Entry> RecoveryStore::pending() const
{
    QVector<Entry> entries;
    const QDir dir(m_folder);
    for (const QString& name :
         dir.entryList({QStringLiteral("*.tmodel")}, QDir::Files, QDir::Name)) {
        const QString key = name.chopped(int(qstrlen(".tmodel")));
        QFile file(infoFile(m_folder, key));
        QString original;
        if (file.open(QIODevice::ReadOnly))
            original = QJsonDocument::fromJson(file.readAll())
                           .object()
                           .value(QStringLiteral("original"))
                           .toString();
        entries.append({key, dir.filePath(name), original});
    }
    return entries;
}

} // namespace latch
