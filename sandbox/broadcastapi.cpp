#include "broadcastapi.h"

#include "familyerrors.h"
#include "sandboxids.h"
#include "sandboxdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 1000;

HttpReply invalid(const QString &field, const QString &message)
{
    return FamilyErrors::broadcast(422, {{field, u"invalid"_s, message}});
}


} // namespace

BroadcastApi::BroadcastApi(SandboxDatabase &database)
    : m_database(database)
{
}

void BroadcastApi::addRoutes(Router &router)
{
    router.add(Family::Broadcast, u"GET"_s, u"/v1/phone_numbers"_s,
               [this](const HttpCall &call) { return listPhoneNumbers(call); });
}

bool BroadcastApi::insertNumber(const QSqlDatabase &db, BroadcastNumberRecord *r, QString *error)
{
    if (r->createdAt == 0)
        r->createdAt = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO broadcast_numbers (id, phone_number, type,"
                  u" toll_free_verification_id, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(r->id);
    query.addBindValue(r->phoneNumber);
    query.addBindValue(r->type);
    query.addBindValue(r->tollFreeVerificationId.isEmpty() ? QVariant()
                                                           : QVariant(r->tollFreeVerificationId));
    query.addBindValue(r->createdAt);
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query);
        return false;
    }
    r->seq = query.lastInsertId().toLongLong();
    return true;
}

HttpReply BroadcastApi::listPhoneNumbers(const HttpCall &call)
{
    int limit = DefaultLimit;
    if (call.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = call.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            return invalid(u"limit"_s, u"limit must be a whole number from 1 to %1"_s.arg(MaxLimit));
    }
    qint64 after = 0;
    if (call.query.hasQueryItem(u"page_token"_s)) {
        const auto seq = SandboxIds::parseAfterToken(call.queryValue(u"page_token"_s));
        if (!seq)
            return invalid(u"page_token"_s, u"page_token is not a token this server gave out"_s);
        after = *seq;
    }

    QSqlQuery query(m_database.db());
    query.prepare(u"SELECT seq, id, phone_number, type, toll_free_verification_id"
                  u" FROM broadcast_numbers WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(after);
    query.addBindValue(limit + 1);
    if (!query.exec()) {
        return FamilyErrors::reply(Family::Broadcast, FamilyErrors::Kind::Internal,
                                   u"The phone numbers could not be read."_s);
    }
    QJsonArray data;
    qint64 lastSeq = 0;
    bool more = false;
    while (query.next()) {
        if (data.size() == limit) {
            more = true;
            break;
        }
        lastSeq = query.value(0).toLongLong();
        const QString tfv = query.value(4).toString();
        data.append(QJsonObject{
            {u"id"_s, query.value(1).toString()},
            {u"phone_number"_s, query.value(2).toString()},
            {u"type"_s, query.value(3).toString()},
            {u"toll_free_verification_id"_s,
             tfv.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tfv)}});
    }
    QSqlQuery total(m_database.db());
    const qint64 totalCount = total.exec(u"SELECT COUNT(*) FROM broadcast_numbers"_s)
                                      && total.next()
                                  ? total.value(0).toLongLong()
                                  : 0;
    return HttpReply::json({{u"data"_s, data},
                            {u"total"_s, totalCount},
                            {u"next_page"_s, more ? QJsonValue(SandboxIds::afterToken(lastSeq))
                                                  : QJsonValue(QJsonValue::Null)}});
}
