#include "kindregistry.h"

#include "icons.h"

#include <algorithm>

const KindRegistry &KindRegistry::builtIn()
{
    static const KindRegistry registry = [] {
        KindRegistry r;
        registerBuiltInKinds(r);
        return r;
    }();
    return registry;
}

void KindRegistry::addSection(SectionType type)
{
    for (SectionType &existing : m_sections) {
        if (existing.key == type.key) {
            existing = std::move(type);
            return;
        }
    }
    m_sections.append(std::move(type));
}

void KindRegistry::addKind(DraftKindType type)
{
    for (DraftKindType &existing : m_kinds) {
        if (existing.key == type.key) {
            existing = std::move(type);
            return;
        }
    }
    m_kinds.append(std::move(type));
}

const SectionType *KindRegistry::section(const Section &key) const
{
    for (const SectionType &s : m_sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

std::optional<Section> KindRegistry::sectionFromKey(QStringView keyOrAlias) const
{
    const QString k = keyOrAlias.trimmed().toString().toLower();
    for (const SectionType &s : m_sections) {
        if (s.key.key() == k)
            return s.key;
    }
    for (const SectionType &s : m_sections) {
        if (s.aliases.contains(k))
            return s.key;
    }
    return std::nullopt;
}

QStringList KindRegistry::sectionKeys() const
{
    QStringList keys;
    for (const SectionType &s : m_sections)
        keys << s.key.key();
    for (const SectionType &s : m_sections)
        keys << s.aliases;
    return keys;
}

QList<Section> KindRegistry::sectionsFor(const QList<ApiFamily> &families) const
{
    QList<Section> result;
    for (const SectionType &s : m_sections) {
        if (!s.topLevel && (!s.family || families.contains(*s.family)))
            result << s.key;
    }
    return result;
}

QList<Section> KindRegistry::topLevelSections() const
{
    QList<Section> result;
    for (const SectionType &s : m_sections) {
        if (s.topLevel)
            result << s.key;
    }
    return result;
}

bool KindRegistry::hasPane(const Section &key) const
{
    const SectionType *s = section(key);
    return s && s->createPane;
}

QString KindRegistry::sectionTitle(const Section &key) const
{
    const SectionType *s = section(key);
    return s && s->title ? QCoreApplication::translate("Section", s->title) : key.key();
}

QString KindRegistry::sectionDescription(const Section &key) const
{
    const SectionType *s = section(key);
    return s && s->description ? QCoreApplication::translate("Section", s->description) : QString();
}

QString KindRegistry::comingText(const Section &key) const
{
    const SectionType *s = section(key);
    return s && s->comingText ? QCoreApplication::translate("Section", s->comingText) : QString();
}

QIcon KindRegistry::sectionIcon(const Section &key) const
{
    const SectionType *s = section(key);
    return s ? Icons::icon(s->icon) : QIcon();
}

const DraftKindType *KindRegistry::kind(const QString &key) const
{
    for (const DraftKindType &k : m_kinds) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

QStringList KindRegistry::kindKeys() const
{
    QStringList keys;
    for (const DraftKindType &k : m_kinds)
        keys << k.key;
    return keys;
}

QString KindRegistry::kindTitle(const QString &key) const
{
    const DraftKindType *k = kind(key);
    return k && k->title ? QCoreApplication::translate("Draft", k->title) : key;
}

QHash<QString, QString> KindRegistry::kindTitles() const
{
    QHash<QString, QString> titles;
    for (const DraftKindType &k : m_kinds)
        titles.insert(k.key, kindTitle(k.key));
    return titles;
}

QList<DraftKindType> KindRegistry::kindsOf(ApiFamily family) const
{
    QList<DraftKindType> result;
    std::copy_if(m_kinds.cbegin(), m_kinds.cend(), std::back_inserter(result),
                 [family](const DraftKindType &k) { return k.isSentBy(family); });
    return result;
}
