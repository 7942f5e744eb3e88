#include "Frameworks.h"

namespace latch {

namespace {

struct Entry
{
    const char* name;
    const char* display;
    const char* library;
    const char* resource;
};

constexpr Entry entries[] = {
    {"stride", "STRIDE", "latch.builtin", ":/latch/rules/builtin.json"},
    {"linddun", "LINDDUN", "latch.linddun", ":/latch/rules/linddun.json"},
    {"cia", "CIA", "latch.cia", ":/latch/rules/cia.json"},
};

} // namespace

const QStringList& Frameworks::names()
{
    static const QStringList list = [] {
        QStringList out;
        for (const Entry& e : entries)
            out << QLatin1String(e.name);
        return out;
    }();
    return list;
}

const QStringList& Frameworks::defaults()
{
    static const QStringList list{QStringLiteral("stride")};
    return list;
}

QString Frameworks::displayName(const QString& name)
{
    for (const Entry& e : entries) {
        if (name == QLatin1String(e.name))
            return QLatin1String(e.display);
    }
    return name;
}

int Frameworks::indexOfLibrary(const QString& libraryId)
{
    for (int i = 0; i < int(std::size(entries)); ++i) {
        if (libraryId == QLatin1String(entries[i].library))
            return i + 1;
    }
    return 0;
}

unsigned Frameworks::maskOf(const QStringList& frameworks)
{
    unsigned mask = 0;
    for (int i = 0; i < int(std::size(entries)); ++i) {
        if (frameworks.contains(QLatin1String(entries[i].name)))
            mask |= 1u << (i + 1);
    }
    return mask;
}

QStringList Frameworks::canonical(const QStringList& frameworks, QString* unknown)
{
    QStringList out;
    for (const QString& name : names()) {
        if (frameworks.contains(name))
            out << name;
    }
    if (unknown) {
        for (const QString& name : frameworks) {
            if (!names().contains(name)) {
                *unknown = name;
                break;
            }
        }
    }
    return out;
}

QString Frameworks::unknownError(const QString& name)
{
    return QStringLiteral("unknown framework \"%1\" (expected %2)")
        .arg(name, names().join(QStringLiteral(", ")));
}

QStringList Frameworks::libraryResources()
{
    QStringList out;
    for (const Entry& e : entries)
        out << QLatin1String(e.resource);
    return out;
}

} // namespace latch
