#pragma once

#include "api/apierror.h"
#include "validation/broadcastrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The broadcast organisation's reference lists, everything the New broadcast project form
// offers and the rules check against: sending numbers, brands with their campaigns, toll-free
// verifications, link-tracking domains and contact fields. Kept per account in the draft
// store (DraftStore::saveReference, key ReferenceKey) with when they were fetched, so a
// broadcast draft can be opened, edited and checked with no network.
//
//     BroadcastReference ref = BroadcastReference::fromJson(cached.value.toObject());
//     const auto errors = Validation::checkBroadcastProject(body, ref.lookup());
struct BroadcastReference
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastReference)

public:
    static inline const QString ReferenceKey = QStringLiteral("broadcast-reference");

    struct Named
    {
        QString id;
        QString name;
        friend bool operator==(const Named &a, const Named &b) { return a.id == b.id && a.name == b.name; }
    };
    struct Campaign
    {
        QString id;
        QString brandId;
        QString name;
        friend bool operator==(const Campaign &a, const Campaign &b)
        {
            return a.id == b.id && a.brandId == b.brandId && a.name == b.name;
        }
    };

    QList<Validation::BroadcastNumberRef> numbers;
    QList<Named> brands;
    QList<Campaign> campaigns;
    QList<Named> tollFreeVerifications;
    QList<Named> linkTrackingDomains; // name is the domain, "go.example.com"
    QStringList contactFields;        // custom field names, "first_name"
    QDateTime fetchedAt;              // UTC; invalid: nothing fetched yet

    bool isEmpty() const { return !fetchedAt.isValid(); }

    QJsonObject toJson() const;
    // A cached copy; anything unreadable is left out (a damaged cache is a stale one).
    static BroadcastReference fromJson(const QJsonObject &json);

    // Lookups, built once per call of index() (cheap enough for a few thousand numbers).
    const Validation::BroadcastNumberRef *number(const QString &id) const;
    QString brandName(const QString &id) const;
    QString campaignName(const QString &id) const;
    QString verificationName(const QString &id) const;
    QString domainName(const QString &id) const;
    QList<Campaign> campaignsOf(const QString &brandId) const;
    // Rebuilds the hash indexes; call after changing the lists by hand.
    void index();

    // The rules' view of these lists. It refers to this object, which must outlive it.
    class Lookup final : public Validation::BroadcastLookup
    {
    public:
        explicit Lookup(const BroadcastReference &reference) : m_ref(reference) {}
        std::optional<Validation::BroadcastNumberRef> number(const QString &id) const override;
        bool hasBrand(const QString &brandId) const override;
        std::optional<QString> campaignBrand(const QString &campaignId) const override;
        bool hasTollFreeVerification(const QString &verificationId) const override;
        bool hasLinkTrackingDomain(const QString &domainId) const override;
        bool hasContactField(const QString &name) const override;

    private:
        const BroadcastReference &m_ref;
    };
    Lookup lookup() const { return Lookup(*this); }

private:
    QHash<QString, int> m_numberIndex;
    QHash<QString, int> m_brandIndex;
    QHash<QString, int> m_campaignIndex;
    QHash<QString, int> m_verificationIndex;
    QHash<QString, int> m_domainIndex;
};
Q_DECLARE_METATYPE(BroadcastReference)
