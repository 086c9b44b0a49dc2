#include "documentdrafts.h"

#include "formundo.h"

#include "api/accountclient.h"
#include "drafts/draftautosaver.h"
#include "drafts/draftstore.h"
#include "properties/propertydraft.h"
#include "properties/propertyform.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDocumentDrafts, "switchboard.ui.documentdrafts")

namespace {
const char draftIdProperty[] = "switchboardDraftId";
}

DocumentDrafts::DocumentDrafts(DraftStore *store, ClientLookup lookup, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_lookup(std::move(lookup))
{
    if (!store)
        return;
    // A draft queued or deleted from the Drafts section while its form is open: the form
    // saves what it holds first, then closes, so nothing typed later rewrites what is sent.
    connect(store, &DraftStore::draftEditingEnds, this, &DocumentDrafts::flushOpen);
    connect(store, &DraftStore::draftChanged, this, &DocumentDrafts::closeIfTaken);
    connect(store, &DraftStore::draftRemoved, this, &DocumentDrafts::closeIfTaken);
}

void DocumentDrafts::flushOpen(const QString &draftId)
{
    if (QWidget *form = openDocument(draftId)) {
        if (auto *saver = form->findChild<DraftAutosaver *>())
            saver->flush();
    }
}

void DocumentDrafts::closeIfTaken(const QString &draftId)
{
    QWidget *form = openDocument(draftId);
    if (!form || m_submitting.contains(draftId) || !m_store)
        return;
    const Draft draft = m_store->draft(draftId);
    if (!draft.isNull() && draft.isEditable())
        return;
    if (auto *property = qobject_cast<PropertyForm *>(form); property && property->isCreated())
        return; // sent by this form: it stays open to show the result
    release(form);
}

void DocumentDrafts::release(QWidget *document)
{
    if (!document)
        return;
    m_open.remove(draftId(document));
    document->hide();
    if (auto *form = qobject_cast<PropertyForm *>(document); form && form->isBusy()) {
        // Kept (hidden) until the answer: created() still marks the draft Sent and adds
        // the property to the list; closing mid-request must not make a second one possible.
        document->setParent(nullptr);
        connect(form, &PropertyForm::busyChanged, form, [form](bool busy) {
            if (!busy)
                form->deleteLater();
        });
        return;
    }
    document->deleteLater();
}

void DocumentDrafts::setSubmitting(PropertyForm *form, bool busy)
{
    const QString id = draftId(form);
    if (id.isEmpty() || !m_store)
        return;
    if (auto *saver = form->findChild<DraftAutosaver *>())
        saver->flush();
    Draft draft = m_store->draft(id);
    if (draft.isNull())
        return;
    if (busy) {
        // If the app dies before the answer, the outbox reconciles this draft at the next
        // start instead of anyone sending it again blindly.
        m_submitting.insert(id);
        draft.state = OutboxState::Sending;
    } else {
        m_submitting.remove(id);
        if (form->isCreated() || draft.state != OutboxState::Sending)
            return;
        draft.state = OutboxState::Editing; // refused or failed: back to the user
    }
    if (!m_store->save(draft))
        emit saveFailed(m_store->errorString());
}

DocumentDrafts::~DocumentDrafts() = default;

void DocumentDrafts::adopt(QWidget *document, AccountClient *client)
{
    auto *form = qobject_cast<PropertyForm *>(document);
    if (!form || !client || !m_store || document->property(draftIdProperty).isValid())
        return;
    bindProperty(form, client, {});
}

QWidget *DocumentDrafts::openProperty(const Draft &draft)
{
    if (QWidget *open = openDocument(draft.id))
        return open;
    if (!draft.isEditable())
        return nullptr;
    AccountClient *client = m_lookup ? m_lookup(draft.accountId) : nullptr;
    if (!client) {
        qCWarning(lcDocumentDrafts) << "no account for draft" << draft.id << draft.accountId;
        return nullptr;
    }
    auto *form = new PropertyForm(client);
    form->setDraft(PropertyDraft::fromJson(draft.payload));
    bindProperty(form, client, draft.id);
    connect(form, &PropertyForm::created, this, [this, client](const Property &property) {
        emit propertyCreatedFromDraft(client, property);
    });
    for (const FieldError &error : draft.errors)
        form->applyError(ApiError::http(422, error.code, error.message, error.field));
    if (draft.errors.isEmpty() && !draft.errorMessage.isEmpty())
        form->applyError(ApiError::http(400, {}, draft.errorMessage));
    return form;
}

QWidget *DocumentDrafts::openDocument(const QString &draftId) const
{
    return m_open.value(draftId).data();
}

QString DocumentDrafts::draftId(const QWidget *document) const
{
    return document ? document->property(draftIdProperty).toString() : QString();
}

void DocumentDrafts::bindProperty(PropertyForm *form, AccountClient *client,
                                  const QString &draftId)
{
    form->setProperty(draftIdProperty, draftId);
    if (!draftId.isEmpty())
        m_open.insert(draftId, form);

    auto *saver = draftId.isEmpty() ? nullptr : new DraftAutosaver(m_store, draftId, form);
    auto save = [this, form, client, saver]() mutable {
        if (!m_store)
            return;
        const PropertyDraft content = form->draft();
        if (!saver) {
            // The first change of a new form: only now is there something worth keeping.
            const Draft created = m_store->create(DraftKind::Property, client->profile().id,
                                                  content.name.trimmed(), content.toJson(),
                                                  content.validate().isOk());
            if (created.isNull()) {
                emit saveFailed(m_store->errorString());
                return;
            }
            form->setProperty(draftIdProperty, created.id);
            m_open.insert(created.id, form);
            saver = new DraftAutosaver(m_store, created.id, form);
            connect(saver, &DraftAutosaver::saveFailed, this, &DocumentDrafts::saveFailed);
            return;
        }
        saver->update(content.toJson(), content.name.trimmed(), content.validate().isOk());
    };
    if (saver)
        connect(saver, &DraftAutosaver::saveFailed, this, &DocumentDrafts::saveFailed);
    connect(form, &PropertyForm::draftChanged, this, save);

    auto *undo = new FormUndo(
        form, [form] { return form->draft().toJson(); },
        [form](const QJsonObject &state) { form->setDraft(PropertyDraft::fromJson(state)); });
    connect(form, &PropertyForm::draftChanged, undo, &FormUndo::record);
    // Sent is final: nothing left to undo.
    connect(form, &PropertyForm::created, undo, &QObject::deleteLater);
    connect(form, &PropertyForm::busyChanged, this,
            [this, form](bool busy) { setSubmitting(form, busy); });
    connect(form, &PropertyForm::created, this, [this, form](const Property &property) {
        const QString id = form->property(draftIdProperty).toString();
        if (id.isEmpty() || !m_store)
            return;
        if (auto *saver = form->findChild<DraftAutosaver *>())
            saver->flush();
        Draft draft = m_store->draft(id);
        if (draft.isNull())
            return;
        draft.state = OutboxState::Sent;
        draft.remoteId = property.propertySid;
        draft.errors.clear();
        draft.errorMessage.clear();
        if (!m_store->save(draft))
            emit saveFailed(m_store->errorString());
    });
}
