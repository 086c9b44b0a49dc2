#include "section.h"

#include "kindregistry.h"

QString sectionTitle(const Section &section)
{
    return KindRegistry::builtIn().sectionTitle(section);
}

QString sectionKey(const Section &section)
{
    return section.key();
}

bool sectionFromKey(const QString &key, Section *section)
{
    const std::optional<Section> found = KindRegistry::builtIn().sectionFromKey(key);
    if (!found)
        return false;
    *section = *found;
    return true;
}

QStringList sectionKeys()
{
    return KindRegistry::builtIn().sectionKeys();
}

QIcon sectionIcon(const Section &section)
{
    return KindRegistry::builtIn().sectionIcon(section);
}
