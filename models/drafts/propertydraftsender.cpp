#include "propertydraftsender.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "draftslogging.h"
#include "properties/propertydraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString BodyKey = u"body"_s;
const QString MatchesKey = u"matchingBefore"_s;

bool matches(const Property &p, const QJsonObject &body)
{
    return p.name.trimmed() == body.value(u"Name"_s).toString().trimmed()
           && p.mainDomain.trimmed().compare(body.value(u"MainDomain"_s).toString().trimmed(),
                                             Qt::CaseInsensitive)
                  == 0
           && p.timeZone.trimmed() == body.value(u"TimeZone"_s).toString().trimmed();
}
} // namespace

PropertyDraftSender::PropertyDraftSender(AccountClient *client)
    : m_client(client)
{
}

QList<FieldError> PropertyDraftSender::check(const Draft &draft) const
{
    const PropertyDraft property = PropertyDraft::fromJson(draft.payload);
    const PropertyDraftCheck verdict = property.validate();
    QList<FieldError> errors;
    for (PropertyField field : {PropertyField::Name, PropertyField::MainDomain, PropertyField::TimeZone}) {
        const Validation::FieldCheck check = verdict.check(field);
        if (!check.isOk())
            errors.append({wireName(field), u"local"_s, check.reason});
    }
    return errors;
}

void PropertyDraftSender::findMatches(const QJsonObject &body, QObject *context, ScanCallback done)
{
    struct Scan
    {
        QList<Property> found;
        std::function<void(const QString &)> next;
    };
    auto scan = std::make_shared<Scan>();
    PropertiesClient client = m_client;
    // next holds the scan weakly; each pending job holds it strongly, so no cycle.
    std::weak_ptr<Scan> weak = scan;
    scan->next = [weak, client, body, context, done](const QString &token) {
        const std::shared_ptr<Scan> self = weak.lock();
        if (!self)
            return;
        ApiJob *job = client.list(token, PropertiesClient::MaxPageSize);
        QObject::connect(job, &ApiJob::finished, context,
                         [self, body, done](const ApiResult &result) {
            PropertyPage page;
            const ApiError error = PropertiesClient::parsePage(result, &page);
            if (error.isError()) {
                done({}, error);
                return;
            }
            for (const Property &p : std::as_const(page.properties)) {
                if (matches(p, body))
                    self->found.append(p);
            }
            if (!page.nextPageToken.isEmpty())
                self->next(page.nextPageToken);
            else
                done(self->found, {});
        });
    };
    scan->next({});
}

void PropertyDraftSender::prepare(const Draft &draft, QObject *context, PrepareCallback done)
{
    const QJsonObject body = PropertyDraft::fromJson(draft.payload).toRequestBody();
    findMatches(body, context, [body, done](const QList<Property> &found, const ApiError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        QJsonArray sids;
        for (const Property &p : found)
            sids.append(p.propertySid);
        done(QJsonObject{{BodyKey, body}, {MatchesKey, sids}}, {});
    });
}

ApiJob *PropertyDraftSender::send(const Draft &draft)
{
    // Send exactly what prepare() noted, so reconcile() looks for the same thing.
    const QJsonObject body = draft.sendContext.value(BodyKey).toObject();
    PropertyDraft property = PropertyDraft::fromJson(draft.payload);
    if (!body.isEmpty()) {
        property.name = body.value(u"Name"_s).toString();
        property.mainDomain = body.value(u"MainDomain"_s).toString();
        property.timeZone = body.value(u"TimeZone"_s).toString();
        property.smsEnabled = body.value(u"SmsEnabled"_s).toBool(property.smsEnabled);
        property.callRecordingEnabled =
            body.value(u"CallRecordingEnabled"_s).toBool(property.callRecordingEnabled);
        property.integrationsEnabled =
            body.value(u"IntegrationsEnabled"_s).toBool(property.integrationsEnabled);
        property.active = body.value(u"Active"_s).toBool(property.active);
    }
    return m_client.create(property);
}

ApiError PropertyDraftSender::parseSent(const ApiResult &result, QString *remoteId) const
{
    Property created;
    const ApiError error = PropertiesClient::parseProperty(result, &created);
    if (!error.isError())
        *remoteId = created.propertySid;
    return error;
}

void PropertyDraftSender::reconcile(const Draft &draft, QObject *context, ReconcileCallback done)
{
    QJsonObject body = draft.sendContext.value(BodyKey).toObject();
    if (body.isEmpty())
        body = PropertyDraft::fromJson(draft.payload).toRequestBody();
    QSet<QString> before;
    for (const QJsonValue &sid : draft.sendContext.value(MatchesKey).toArray())
        before.insert(sid.toString());
    const bool noted = hasSendNotes(draft);
    findMatches(body, context, [before, noted, done](const QList<Property> &found,
                                                    const ApiError &error) {
        ReconcileResult result;
        if (error.isError()) {
            result.error = error;
            done(result);
            return;
        }
        result.checked = true;
        if (!noted) {
            // Sent by a version that kept no notes: an identical property may have been
            // there before, so none is taken for ours, and nothing is resent by itself.
            for (const Property &p : found) {
                result.candidates.append(
                    {p.propertySid, QCoreApplication::translate("PropertyDraftSender",
                                                                "%1 · %2 · %3 (%4)")
                                        .arg(p.name, p.mainDomain, p.timeZone, p.propertySid)});
            }
            result.mayResend = false;
            qCInfo(lcDrafts) << "reconciled a property draft without notes:"
                             << found.size() << "candidates";
            done(result);
            return;
        }
        for (const Property &p : found) {
            if (!before.contains(p.propertySid)) {
                result.found = true;
                result.remoteId = p.propertySid;
                break;
            }
        }
        qCInfo(lcDrafts) << "reconciled a property draft:" << (result.found ? "found" : "not found");
        done(result);
    });
}
