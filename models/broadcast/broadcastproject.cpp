#include "broadcastproject.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString optionalString(const QJsonObject &json, const QString &key, bool *ok)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        *ok = false;
    return v.toString();
}
} // namespace

ApiError BroadcastProject::fromJson(const QJsonObject &json, BroadcastProject *out)
{
    const auto malformed = [](const QString &why) {
        return ApiError::transport(ApiError::Kind::Malformed,
                                   tr("The server sent a project that cannot be read: %1").arg(why));
    };
    BroadcastProject p;
    p.id = json.value(u"id"_s).toString();
    p.name = json.value(u"name"_s).toString();
    if (p.id.isEmpty())
        return malformed(tr("it has no id."));
    if (!json.value(u"name"_s).isString())
        return malformed(tr("it has no name."));
    bool ok = true;
    p.status = optionalString(json, u"status"_s, &ok);
    p.messageType = optionalString(json, u"message_type"_s, &ok);
    p.channel = optionalString(json, u"channel"_s, &ok);
    p.brandId = optionalString(json, u"brand_id"_s, &ok);
    p.campaignId = optionalString(json, u"campaign_id"_s, &ok);
    p.tollFreeVerificationId = optionalString(json, u"toll_free_verification_id"_s, &ok);
    p.linkTrackingDestinationUrl = optionalString(json, u"link_tracking_destination_url"_s, &ok);
    p.linkTrackingDomainId = optionalString(json, u"link_tracking_domain_id"_s, &ok);
    p.linkTrackingParamField = optionalString(json, u"link_tracking_param_field"_s, &ok);
    if (!ok)
        return malformed(tr("a text field holds something else."));
    const QJsonValue tracking = json.value(u"link_tracking_enabled"_s);
    if (!tracking.isUndefined() && !tracking.isNull() && !tracking.isBool())
        return malformed(tr("link_tracking_enabled is not true or false."));
    p.linkTrackingEnabled = tracking.toBool();
    const QJsonValue ids = json.value(u"phone_number_ids"_s);
    if (!ids.isArray())
        return malformed(tr("it has no list of numbers."));
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            return malformed(tr("a number id is not text."));
        p.phoneNumberIds.append(id.toString());
    }
    const QString created = json.value(u"created_at"_s).toString();
    if (!created.isEmpty()) {
        p.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!p.createdAt.isValid())
            p.createdAt = QDateTime::fromString(created, Qt::ISODate);
        p.createdAt = p.createdAt.toUTC();
    }
    *out = p;
    return {};
}

QString BroadcastProject::channelTitle(const QString &channel)
{
    if (channel == u"10dlc")
        return tr("10DLC");
    if (channel == u"toll-free")
        return tr("Toll-free");
    return channel;
}

QString BroadcastProject::statusTitle(const QString &status)
{
    if (status == u"draft")
        return tr("Draft");
    if (status == u"active")
        return tr("Active");
    if (status == u"paused")
        return tr("Paused");
    if (status == u"completed")
        return tr("Completed");
    return status;
}

QString BroadcastProject::messageTypeTitle(const QString &messageType)
{
    if (messageType == u"sms")
        return tr("SMS");
    if (messageType == u"mms")
        return tr("MMS");
    return messageType;
}
