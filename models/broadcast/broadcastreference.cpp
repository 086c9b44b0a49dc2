#include "broadcastreference.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
template<typename T>
QHash<QString, int> indexOf(const QList<T> &list)
{
    QHash<QString, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    return index;
}

QJsonArray namedToJson(const QList<BroadcastReference::Named> &list)
{
    QJsonArray array;
    for (const auto &n : list)
        array.append(QJsonObject{{u"id"_s, n.id}, {u"name"_s, n.name}});
    return array;
}

QList<BroadcastReference::Named> namedFromJson(const QJsonValue &value)
{
    QList<BroadcastReference::Named> list;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString();
        if (!id.isEmpty())
            list.append({id, o.value(u"name"_s).toString()});
    }
    return list;
}
} // namespace

QJsonObject BroadcastReference::toJson() const
{
    QJsonArray numberArray;
    for (const auto &n : numbers) {
        QJsonObject o{{u"id"_s, n.id}, {u"phone_number"_s, n.phoneNumber},
                      {u"type"_s, n.tollFree ? u"toll-free"_s : u"local"_s}};
        if (!n.tollFreeVerificationId.isEmpty())
            o.insert(u"toll_free_verification_id"_s, n.tollFreeVerificationId);
        numberArray.append(o);
    }
    QJsonArray campaignArray;
    for (const auto &c : campaigns)
        campaignArray.append(QJsonObject{{u"id"_s, c.id}, {u"brand_id"_s, c.brandId}, {u"name"_s, c.name}});
    return {{u"numbers"_s, numberArray},
            {u"brands"_s, namedToJson(brands)},
            {u"campaigns"_s, campaignArray},
            {u"toll_free_verifications"_s, namedToJson(tollFreeVerifications)},
            {u"link_tracking_domains"_s, namedToJson(linkTrackingDomains)},
            {u"contact_fields"_s, QJsonArray::fromStringList(contactFields)},
            {u"fetched_at"_s, fetchedAt.toString(Qt::ISODateWithMs)}};
}

BroadcastReference BroadcastReference::fromJson(const QJsonObject &json)
{
    BroadcastReference r;
    for (const QJsonValue &v : json.value(u"numbers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Validation::BroadcastNumberRef n;
        n.id = o.value(u"id"_s).toString();
        n.phoneNumber = o.value(u"phone_number"_s).toString();
        n.tollFree = o.value(u"type"_s).toString() == u"toll-free";
        n.tollFreeVerificationId = o.value(u"toll_free_verification_id"_s).toString();
        if (!n.id.isEmpty() && !n.phoneNumber.isEmpty())
            r.numbers.append(n);
    }
    r.brands = namedFromJson(json.value(u"brands"_s));
    for (const QJsonValue &v : json.value(u"campaigns"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Campaign c{o.value(u"id"_s).toString(), o.value(u"brand_id"_s).toString(),
                   o.value(u"name"_s).toString()};
        if (!c.id.isEmpty() && !c.brandId.isEmpty())
            r.campaigns.append(c);
    }
    r.tollFreeVerifications = namedFromJson(json.value(u"toll_free_verifications"_s));
    r.linkTrackingDomains = namedFromJson(json.value(u"link_tracking_domains"_s));
    for (const QJsonValue &v : json.value(u"contact_fields"_s).toArray()) {
        if (!v.toString().isEmpty())
            r.contactFields.append(v.toString());
    }
    r.fetchedAt = QDateTime::fromString(json.value(u"fetched_at"_s).toString(), Qt::ISODateWithMs);
    if (r.fetchedAt.isValid())
        r.fetchedAt = r.fetchedAt.toUTC();
    r.index();
    return r;
}

void BroadcastReference::index()
{
    m_numberIndex = indexOf(numbers);
    m_brandIndex = indexOf(brands);
    m_campaignIndex = indexOf(campaigns);
    m_verificationIndex = indexOf(tollFreeVerifications);
    m_domainIndex = indexOf(linkTrackingDomains);
}

const Validation::BroadcastNumberRef *BroadcastReference::number(const QString &id) const
{
    const auto it = m_numberIndex.constFind(id);
    return it == m_numberIndex.cend() ? nullptr : &numbers.at(*it);
}

QString BroadcastReference::brandName(const QString &id) const
{
    const auto it = m_brandIndex.constFind(id);
    return it == m_brandIndex.cend() ? QString() : brands.at(*it).name;
}

QString BroadcastReference::campaignName(const QString &id) const
{
    const auto it = m_campaignIndex.constFind(id);
    return it == m_campaignIndex.cend() ? QString() : campaigns.at(*it).name;
}

QString BroadcastReference::verificationName(const QString &id) const
{
    const auto it = m_verificationIndex.constFind(id);
    return it == m_verificationIndex.cend() ? QString() : tollFreeVerifications.at(*it).name;
}

QString BroadcastReference::domainName(const QString &id) const
{
    const auto it = m_domainIndex.constFind(id);
    return it == m_domainIndex.cend() ? QString() : linkTrackingDomains.at(*it).name;
}

QList<BroadcastReference::Campaign> BroadcastReference::campaignsOf(const QString &brandId) const
{
    QList<Campaign> result;
    for (const Campaign &c : campaigns) {
        if (c.brandId == brandId)
            result.append(c);
    }
    return result;
}

std::optional<Validation::BroadcastNumberRef> BroadcastReference::Lookup::number(const QString &id) const
{
    if (const auto *n = m_ref.number(id))
        return *n;
    return std::nullopt;
}

bool BroadcastReference::Lookup::hasBrand(const QString &brandId) const
{
    return m_ref.m_brandIndex.contains(brandId);
}

std::optional<QString> BroadcastReference::Lookup::campaignBrand(const QString &campaignId) const
{
    const auto it = m_ref.m_campaignIndex.constFind(campaignId);
    if (it == m_ref.m_campaignIndex.cend())
        return std::nullopt;
    return m_ref.campaigns.at(*it).brandId;
}

bool BroadcastReference::Lookup::hasTollFreeVerification(const QString &verificationId) const
{
    return m_ref.m_verificationIndex.contains(verificationId);
}

bool BroadcastReference::Lookup::hasLinkTrackingDomain(const QString &domainId) const
{
    return m_ref.m_domainIndex.contains(domainId);
}

bool BroadcastReference::Lookup::hasContactField(const QString &name) const
{
    return m_ref.contactFields.contains(name);
}
