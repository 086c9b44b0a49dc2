#include "broadcastdraft.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Validation;

namespace {
constexpr int FormatVersion = 1;

bool sameNumbers(const QList<BroadcastNumberRef> &a, const QList<BroadcastNumberRef> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].phoneNumber != b[i].phoneNumber
            || a[i].tollFree != b[i].tollFree
            || a[i].tollFreeVerificationId != b[i].tollFreeVerificationId)
            return false;
    }
    return true;
}

// The draft's own knowledge standing in for the reference lists.
class DraftLookup final : public BroadcastLookup
{
public:
    explicit DraftLookup(const BroadcastDraft &draft) : m_draft(draft) {}
    std::optional<BroadcastNumberRef> number(const QString &id) const override
    {
        for (const BroadcastNumberRef &n : m_draft.numbers) {
            if (n.id == id)
                return n;
        }
        return std::nullopt;
    }
    bool hasBrand(const QString &) const override { return true; }
    std::optional<QString> campaignBrand(const QString &) const override { return m_draft.brandId; }
    bool hasTollFreeVerification(const QString &) const override { return true; }
    bool hasLinkTrackingDomain(const QString &) const override { return true; }
    bool hasContactField(const QString &) const override { return true; }

private:
    const BroadcastDraft &m_draft;
};
} // namespace

QStringList BroadcastDraft::numberIds() const
{
    QStringList ids;
    ids.reserve(numbers.size());
    for (const BroadcastNumberRef &n : numbers)
        ids.append(n.id);
    return ids;
}

QJsonObject BroadcastDraft::toRequestBody() const
{
    QJsonObject body{{u"name"_s, name.trimmed()},
                     {u"type"_s, u"broadcast"_s},
                     {u"message_type"_s, broadcastMessageTypeWire(messageType)},
                     {u"channel"_s, broadcastChannelWire(channel)},
                     {u"phone_number_ids"_s, QJsonArray::fromStringList(numberIds())},
                     {u"link_tracking_enabled"_s, linkTracking}};
    if (channel == BroadcastChannel::TenDlc) {
        if (!brandId.isEmpty())
            body.insert(u"brand_id"_s, brandId);
        if (!campaignId.isEmpty())
            body.insert(u"campaign_id"_s, campaignId);
    } else if (!tollFreeVerificationId.isEmpty()) {
        body.insert(u"toll_free_verification_id"_s, tollFreeVerificationId);
    }
    if (linkTracking) {
        if (!destinationUrl.trimmed().isEmpty())
            body.insert(u"link_tracking_destination_url"_s, destinationUrl.trimmed());
        if (!trackingDomainId.isEmpty())
            body.insert(u"link_tracking_domain_id"_s, trackingDomainId);
        if (!paramField.isEmpty())
            body.insert(u"link_tracking_param_field"_s, paramField);
    }
    return body;
}

QList<FieldError> BroadcastDraft::checkLocally() const
{
    return toFieldErrors(checkBroadcastProject(toRequestBody(), DraftLookup(*this)));
}

QList<FieldError> BroadcastDraft::checkAgainst(const BroadcastLookup &lookup) const
{
    QList<FieldError> errors = toFieldErrors(checkBroadcastProject(toRequestBody(), lookup));
    for (FieldError &e : errors) {
        if (e.field != u"phone_number_ids" || e.code != BroadcastErrorCode::NotFound)
            continue;
        for (const BroadcastNumberRef &n : numbers) {
            if (n.phoneNumber != n.id && e.message.contains(n.id) && !lookup.number(n.id)) {
                e.message = QCoreApplication::translate(
                                "BroadcastDraft", "%1 is no longer among the organisation's numbers "
                                                  "(released or moved since it was chosen).")
                                .arg(n.phoneNumber);
                break;
            }
        }
    }
    return errors;
}

QString BroadcastDraft::title() const
{
    return name.trimmed();
}

QJsonObject BroadcastDraft::toJson() const
{
    QJsonArray chosen;
    for (const BroadcastNumberRef &n : numbers) {
        QJsonObject o{{u"id"_s, n.id}, {u"phone_number"_s, n.phoneNumber},
                      {u"type"_s, n.tollFree ? u"toll-free"_s : u"local"_s}};
        if (!n.tollFreeVerificationId.isEmpty())
            o.insert(u"toll_free_verification_id"_s, n.tollFreeVerificationId);
        chosen.append(o);
    }
    return {{u"version"_s, FormatVersion},
            {u"name"_s, name},
            {u"message_type"_s, broadcastMessageTypeWire(messageType)},
            {u"channel"_s, broadcastChannelWire(channel)},
            {u"brand_id"_s, brandId},
            {u"campaign_id"_s, campaignId},
            {u"toll_free_verification_id"_s, tollFreeVerificationId},
            {u"numbers"_s, chosen},
            {u"link_tracking_enabled"_s, linkTracking},
            {u"link_tracking_destination_url"_s, destinationUrl},
            {u"link_tracking_domain_id"_s, trackingDomainId},
            {u"link_tracking_param_field"_s, paramField}};
}

BroadcastDraft BroadcastDraft::fromJson(const QJsonObject &o)
{
    BroadcastDraft d;
    d.name = o.value(u"name"_s).toString();
    d.messageType = broadcastMessageTypeFromWire(o.value(u"message_type"_s).toString())
                        .value_or(BroadcastMessageType::Sms);
    d.channel = broadcastChannelFromWire(o.value(u"channel"_s).toString())
                    .value_or(BroadcastChannel::TenDlc);
    d.brandId = o.value(u"brand_id"_s).toString();
    d.campaignId = o.value(u"campaign_id"_s).toString();
    d.tollFreeVerificationId = o.value(u"toll_free_verification_id"_s).toString();
    for (const QJsonValue &v : o.value(u"numbers"_s).toArray()) {
        const QJsonObject n = v.toObject();
        BroadcastNumberRef ref;
        ref.id = n.value(u"id"_s).toString();
        ref.phoneNumber = n.value(u"phone_number"_s).toString();
        ref.tollFree = n.value(u"type"_s).toString() == u"toll-free";
        ref.tollFreeVerificationId = n.value(u"toll_free_verification_id"_s).toString();
        if (!ref.id.isEmpty())
            d.numbers.append(ref);
    }
    d.linkTracking = o.value(u"link_tracking_enabled"_s).toBool();
    d.destinationUrl = o.value(u"link_tracking_destination_url"_s).toString();
    d.trackingDomainId = o.value(u"link_tracking_domain_id"_s).toString();
    d.paramField = o.value(u"link_tracking_param_field"_s).toString();
    return d;
}

bool operator==(const BroadcastDraft &a, const BroadcastDraft &b)
{
    return a.name == b.name && a.messageType == b.messageType && a.channel == b.channel
           && a.brandId == b.brandId && a.campaignId == b.campaignId
           && a.tollFreeVerificationId == b.tollFreeVerificationId
           && sameNumbers(a.numbers, b.numbers) && a.linkTracking == b.linkTracking
           && a.destinationUrl == b.destinationUrl && a.trackingDomainId == b.trackingDomainId
           && a.paramField == b.paramField;
}

QList<FieldError> toFieldErrors(const QList<BroadcastFieldError> &errors)
{
    QList<FieldError> result;
    result.reserve(errors.size());
    for (const BroadcastFieldError &e : errors)
        result.append({e.field, e.code, e.message});
    return result;
}
