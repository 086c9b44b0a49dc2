#include "senderregistry.h"

#include <algorithm>

const SenderRegistry &SenderRegistry::builtIn()
{
    static const SenderRegistry registry = [] {
        SenderRegistry r;
        registerBuiltInSenders(r);
        return r;
    }();
    return registry;
}

void SenderRegistry::add(const QString &kind, Factory factory, DraftKindRules rules)
{
    for (Entry &e : m_entries) {
        if (e.kind == kind) {
            e.factory = std::move(factory);
            e.rules = std::move(rules);
            return;
        }
    }
    m_entries.append({kind, std::move(factory), std::move(rules)});
}

DraftKindRules SenderRegistry::rules(const QString &kind) const
{
    for (const Entry &e : m_entries) {
        if (e.kind == kind)
            return e.rules;
    }
    return {};
}

bool SenderRegistry::contains(const QString &kind) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&kind](const Entry &e) { return e.kind == kind; });
}

QStringList SenderRegistry::kinds() const
{
    QStringList keys;
    for (const Entry &e : m_entries)
        keys << e.kind;
    return keys;
}

std::unique_ptr<DraftSender> SenderRegistry::create(const QString &kind, AccountClient *client) const
{
    for (const Entry &e : m_entries) {
        if (e.kind == kind && e.factory)
            return e.factory(client);
    }
    return nullptr;
}
