#pragma once

#include "draftkindrules.h"
#include "draftsender.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class AccountClient;

// Which DraftSender submits each kind of draft (models/drafts/builtinsenders.cpp names the
// built-in ones). The app gives every account client's Outbox one sender per kind that the
// UI's KindRegistry shows for the client's family; the UI never builds a sender.
//
//     SenderRegistry senders = SenderRegistry::builtIn();  // a copy, for a test
//     senders.add(u"note"_s, [](AccountClient *c) { return std::make_unique<NoteSender>(c); });
//     outbox->setSender(kind, senders.create(kind, client));
class SenderRegistry
{
public:
    using Factory = std::function<std::unique_ptr<DraftSender>(AccountClient *client)>;

    static const SenderRegistry &builtIn();

    // A later registration of the same kind replaces the earlier one. `rules`: what its
    // drafts keep when copied, moved or imported (DraftStore::setKindRules).
    void add(const QString &kind, Factory factory, DraftKindRules rules = {});
    bool contains(const QString &kind) const;
    QStringList kinds() const;
    // A sender of this kind for the client; null when none is registered.
    std::unique_ptr<DraftSender> create(const QString &kind, AccountClient *client) const;
    DraftKindRules rules(const QString &kind) const;

private:
    struct Entry
    {
        QString kind;
        Factory factory;
        DraftKindRules rules;
    };
    QList<Entry> m_entries;
};

// The built-in senders (models/drafts/builtinsenders.cpp).
void registerBuiltInSenders(SenderRegistry &registry);
