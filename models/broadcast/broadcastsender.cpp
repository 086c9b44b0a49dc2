#include "broadcastsender.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "broadcastdraft.h"
#include "drafts/draftslogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString BodyKey = u"body"_s;
const QString BeforeKey = u"namedBefore"_s;

QStringList idsOf(const QJsonObject &body)
{
    QStringList ids;
    for (const QJsonValue &v : body.value(u"phone_number_ids"_s).toArray())
        ids.append(v.toString());
    return ids;
}
} // namespace

BroadcastSender::BroadcastSender(AccountClient *client)
    : m_client(client)
{
}

QList<FieldError> BroadcastSender::check(const Draft &draft) const
{
    return BroadcastDraft::fromJson(draft.payload).checkLocally();
}

void BroadcastSender::findNamed(const QString &name, QObject *context, ScanCallback done)
{
    struct Scan
    {
        QList<BroadcastProject> found;
        std::function<void(const QString &)> next;
    };
    auto scan = std::make_shared<Scan>();
    const BroadcastClient client = m_client;
    std::weak_ptr<Scan> weak = scan; // each pending job holds the scan; next holds it weakly
    scan->next = [weak, client, name, context, done](const QString &token) {
        const std::shared_ptr<Scan> self = weak.lock();
        if (!self)
            return;
        ApiJob *job = client.projects(token);
        QObject::connect(job, &ApiJob::finished, context, [self, name, done](const ApiResult &result) {
            QList<BroadcastProject> page;
            QString nextToken;
            if (const ApiError e = BroadcastClient::parseProjects(result, &page, &nextToken); e.isError()) {
                done({}, e);
                return;
            }
            for (const BroadcastProject &p : std::as_const(page)) {
                if (p.name.trimmed() == name)
                    self->found.append(p);
            }
            if (!nextToken.isEmpty())
                self->next(nextToken);
            else
                done(self->found, {});
        });
    };
    scan->next({});
}

void BroadcastSender::prepare(const Draft &draft, QObject *context, PrepareCallback done)
{
    const BroadcastDraft broadcast = BroadcastDraft::fromJson(draft.payload);
    const QJsonObject body = broadcast.toRequestBody();
    auto *loader = new BroadcastReferenceLoader(m_client.accountClient(), context);
    QObject::connect(loader, &BroadcastReferenceLoader::finished, context,
                     [this, broadcast, body, context, done](const BroadcastReference &reference,
                                                 const ApiError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        const QList<FieldError> problems = broadcast.checkAgainst(reference.lookup());
        if (!problems.isEmpty()) {
            // Something chosen is gone or changed since the draft was written: back to the user.
            ApiError stale = ApiError::http(
                422, u"stale"_s,
                QCoreApplication::translate("BroadcastSender",
                                            "The project was not sent: the account's lists changed "
                                            "since this draft was written. %1")
                    .arg(problems.first().message));
            stale.setFieldErrors(problems);
            qCInfo(lcDrafts) << "broadcast draft refused against fresh lists:" << problems.size()
                             << "problems";
            done({}, stale);
            return;
        }
        findNamed(body.value(u"name"_s).toString(), context,
                  [body, done](const QList<BroadcastProject> &named, const ApiError &scanError) {
            if (scanError.isError()) {
                done({}, scanError);
                return;
            }
            QJsonArray before;
            for (const BroadcastProject &p : named)
                before.append(p.id);
            done(QJsonObject{{BodyKey, body}, {BeforeKey, before}}, {});
        });
    });
    loader->start();
}

ApiJob *BroadcastSender::send(const Draft &draft)
{
    // Exactly what prepare() checked and noted, so reconcile() looks for the same thing.
    QJsonObject body = draft.sendContext.value(BodyKey).toObject();
    if (body.isEmpty())
        body = BroadcastDraft::fromJson(draft.payload).toRequestBody();
    return m_client.createProject(body);
}

ApiError BroadcastSender::parseSent(const ApiResult &result, QString *remoteId) const
{
    BroadcastProject created;
    const ApiError error = BroadcastClient::parseProject(result, &created);
    if (!error.isError())
        *remoteId = created.id;
    return error;
}

void BroadcastSender::reconcile(const Draft &draft, QObject *context, ReconcileCallback done)
{
    QJsonObject body = draft.sendContext.value(BodyKey).toObject();
    if (body.isEmpty())
        body = BroadcastDraft::fromJson(draft.payload).toRequestBody();
    QSet<QString> before;
    for (const QJsonValue &id : draft.sendContext.value(BeforeKey).toArray())
        before.insert(id.toString());
    const bool noted = hasSendNotes(draft);
    const QStringList ids = idsOf(body);
    findNamed(body.value(u"name"_s).toString(), context,
              [before, noted, ids, done](const QList<BroadcastProject> &named, const ApiError &error) {
        ReconcileResult result;
        if (error.isError()) {
            result.error = error;
            done(result);
            return;
        }
        result.checked = true;
        for (const BroadcastProject &p : named) {
            if (before.contains(p.id))
                continue;
            if (noted && p.phoneNumberIds == ids) {
                result.found = true;
                result.remoteId = p.id;
                break;
            }
            // Same name, not there before, but other numbers (or no notes to go by):
            // perhaps ours, perhaps someone else's. The user decides.
            result.candidates.append(
                {p.id, QCoreApplication::translate("BroadcastSender", "%1 · %n number(s) · %2", nullptr,
                                                   int(p.phoneNumberIds.size()))
                           .arg(p.name, QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat))});
        }
        if (result.found)
            result.candidates.clear();
        if (!noted)
            result.mayResend = false;
        qCInfo(lcDrafts) << "reconciled a broadcast draft:" << (result.found ? "found" : "not found")
                         << result.candidates.size() << "candidates";
        done(result);
    });
}
