#include "documentdrafts.h"

#include "draftform.h"
#include "formundo.h"
#include "kindregistry.h"

#include "api/accountclient.h"
#include "drafts/draftautosaver.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"

#include <QApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QUuid>

#include "drafts/drafthistory.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDocumentDrafts, "switchboard.ui.documentdrafts")

DocumentDrafts::DocumentDrafts(DraftStore *store, const KindRegistry *kinds, ClientLookup lookup,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_kinds(kinds)
    , m_lookup(std::move(lookup))
{
    Q_ASSERT(kinds);
    connect(qApp, &QApplication::focusChanged, this, &DocumentDrafts::onFocusChanged);
    if (!store)
        return;
    // A draft queued or deleted from the Drafts section while its form is open: the form
    // saves what it holds first, so nothing typed is lost and nothing rewrites what is sent.
    connect(store, &DraftStore::draftEditingEnds, this, &DocumentDrafts::flushOpen);
    connect(store, &DraftStore::draftChanged, this, &DocumentDrafts::onDraftChanged);
    connect(store, &DraftStore::draftRemoved, this, &DocumentDrafts::onDraftRemoved);
}

DocumentDrafts::~DocumentDrafts()
{
    flushAll();
}

void DocumentDrafts::addOutbox(Outbox *outbox)
{
    if (outbox && !m_outboxes.contains(outbox))
        m_outboxes.append(outbox);
}

Outbox *DocumentDrafts::outboxFor(const QString &accountId) const
{
    for (const QPointer<Outbox> &outbox : m_outboxes) {
        if (outbox && outbox->accountId() == accountId)
            return outbox;
    }
    return nullptr;
}

DraftForm *DocumentDrafts::openNew(const QString &kind, AccountClient *client)
{
    const DraftKindType *type = m_kinds->kind(kind);
    if (!type || !type->createForm || !client)
        return nullptr;
    DraftForm *form = type->createForm({client, m_store.data()}, nullptr);
    if (form)
        bind(form, client, kind, {});
    return form;
}

DraftForm *DocumentDrafts::open(const Draft &draft)
{
    if (DraftForm *open = openDocument(draft.id))
        return open;
    const DraftKindType *type = m_kinds->kind(draft.kind);
    if (!type || !type->createForm)
        return nullptr;
    AccountClient *client = m_lookup ? m_lookup(draft.accountId) : nullptr;
    if (!client) {
        qCWarning(lcDocumentDrafts) << "no account for draft" << draft.id << draft.accountId;
        return nullptr;
    }
    DraftForm *form = type->createForm({client, m_store.data()}, nullptr);
    if (!form)
        return nullptr;
    form->setPayload(draft.payload);
    bind(form, client, draft.kind, draft.id);
    if (!draft.errors.isEmpty())
        form->applyFieldErrors(draft.errors, draft.errorMessage);
    return form;
}

DraftForm *DocumentDrafts::openDocument(const QString &draftId) const
{
    return qobject_cast<DraftForm *>(m_open.value(draftId).data());
}

QString DocumentDrafts::draftId(const QWidget *document) const
{
    const auto it = m_bindings.constFind(document);
    return it == m_bindings.cend() ? QString() : it->draftId;
}

QString DocumentDrafts::kindOf(const QWidget *document) const
{
    const auto it = m_bindings.constFind(document);
    return it == m_bindings.cend() ? QString() : it->kind;
}

QString DocumentDrafts::profileOf(const QWidget *document) const
{
    const auto it = m_bindings.constFind(document);
    return it == m_bindings.cend() ? QString() : it->accountId;
}

DraftAutosaver *DocumentDrafts::saverOf(const QWidget *document) const
{
    const auto it = m_bindings.constFind(document);
    return it == m_bindings.cend() ? nullptr : it->saver.data();
}

FormUndo *DocumentDrafts::undoOf(const QWidget *document) const
{
    const auto it = m_bindings.constFind(document);
    return it == m_bindings.cend() ? nullptr : it->undo.data();
}

void DocumentDrafts::bind(DraftForm *form, AccountClient *client, const QString &kind,
                          const QString &boundId)
{
    Binding &binding = m_bindings[form];
    binding.kind = kind;
    binding.accountId = client->profile().id;
    // Converted while the form is whole: by destroyed() it is only a QObject.
    const QWidget *widget = form;
    connect(form, &QObject::destroyed, this, [this, widget] {
        const auto it = m_bindings.find(widget);
        if (it == m_bindings.end())
            return;
        if (m_open.value(it->draftId) == widget)
            m_open.remove(it->draftId);
        m_bindings.erase(it);
    });
    if (!client->profile().sandbox)
        form->showLiveAccount(client->profile().displayName);
    if (!boundId.isEmpty() && m_store) {
        attach(form, boundId);
        watch(form, new DraftAutosaver(m_store, boundId, form));
    }
    connect(form, &DraftForm::exportRequested, this, [this, form] { emit exportRequested(form); });
    // A form deleted directly (not through release()) is still hidden by QWidget's destructor,
    // which moves the focus and flushes its saver: the store's change must not reach it then.
    connect(form, &DraftForm::aboutToBeDestroyed, this, [this, form] {
        if (m_open.value(draftId(form)) == form)
            m_open.remove(draftId(form));
    });

    connect(form, &DraftForm::payloadChanged, this, [this, form] {
        if (!m_store || !m_readOnlyReason.isEmpty() || m_applyingStored)
            return;
        if (DraftAutosaver *saver = saverOf(form))
            saver->update(form->payload(), form->draftTitle(), form->isComplete());
        else
            ensureDraft(form); // the first change: only now is there something worth keeping
    });

    auto *undo = new FormUndo(
        form, [form] { return form->payload(); },
        [form](const QJsonObject &state) { form->setPayload(state); });
    binding.undo = undo;
    connect(form, &DraftForm::payloadChanged, undo, &FormUndo::record);

    connect(form, &DraftForm::submitRequested, this, [this, form] { submit(form); });
    connect(form, &DraftForm::keepAsDraftRequested, this, [this, form] {
        if (m_store)
            m_store->dequeue(draftId(form));
    });
    connect(form, &DraftForm::decisionMade, this, [this, form](const QString &remoteId) {
        const QString id = draftId(form);
        Outbox *outbox = outboxFor(profileOf(form));
        QString why;
        if (!outbox || !outbox->resolve(id, remoteId, &why))
            form->applyFieldErrors({}, why);
    });

    if (!m_readOnlyReason.isEmpty())
        form->setReadOnly(true, m_readOnlyReason);
    if (!boundId.isEmpty() && m_store)
        form->showSubmission(m_store->draft(boundId));
}

QString DocumentDrafts::ensureDraft(DraftForm *form)
{
    const QString id = draftId(form);
    if (!id.isEmpty() || !m_store)
        return id;
    DraftAutosaver *saver = saverOf(form);
    if (!saver) {
        // Created by its first write; if that fails (a full disk), the store keeps the
        // content and creates the draft as soon as it can.
        saver = new DraftAutosaver(m_store, kindOf(form), profileOf(form), form);
        connect(saver, &DraftAutosaver::created, this,
                [this, form](const QString &created) { attach(form, created); });
        watch(form, saver);
        saver->update(form->payload(), form->draftTitle(), form->isComplete());
    }
    saver->flush();
    return draftId(form);
}

void DocumentDrafts::attach(DraftForm *form, const QString &draftId)
{
    m_bindings[form].draftId = draftId;
    m_open.insert(draftId, form);
}

void DocumentDrafts::watch(DraftForm *form, DraftAutosaver *saver)
{
    m_bindings[form].saver = saver;
    connect(saver, &DraftAutosaver::saveFailed, this, &DocumentDrafts::saveFailed);
    connect(saver, &DraftAutosaver::saveStateChanged, form, [this, form] { updateSaveState(form); });
}

void DocumentDrafts::updateSaveState(DraftForm *form)
{
    const DraftAutosaver *saver = saverOf(form);
    if (!saver || !saver->isFailing() || !m_store) {
        form->showSaveProblem({});
        return;
    }
    form->showSaveProblem(saveProblemText(saver->failure(), m_store->folder(),
                                          saver->failureMessage()));
}

QString DocumentDrafts::saveProblemText(StorageFailure::Kind failure, const QString &folder,
                                        const QString &message)
{
    if (failure == StorageFailure::Kind::DiskFull)
        return tr("Not saved: the disk is full — free space or export this draft");
    const QString cause = StorageFailure::describe(failure, folder);
    return tr("Not saved: %1 — export this draft to keep it")
        .arg(cause.isEmpty() ? message : cause);
}

DraftTransferResult DocumentDrafts::exportDocument(const QWidget *document,
                                                   const QString &filePath) const
{
    const auto *form = qobject_cast<const DraftForm *>(document);
    if (!form) {
        DraftTransferResult result;
        result.error = tr("There is no draft to export here.");
        return result;
    }
    Draft d = m_store ? m_store->draft(draftId(form)) : Draft();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (d.isNull()) {
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.createdAt = now;
    }
    d.kind = kindOf(form);
    d.accountId = profileOf(form);
    d.payload = form->payload();
    d.title = form->draftTitle();
    d.valid = form->isComplete();
    d.updatedAt = now;
    return DraftStore::writeExport({d}, filePath);
}

void DocumentDrafts::submit(DraftForm *form)
{
    if (!m_store) {
        form->applyFieldErrors({}, tr("Drafts cannot be kept on this computer, so nothing can "
                                      "be sent safely."));
        return;
    }
    const QString id = ensureDraft(form);
    DraftAutosaver *saver = saverOf(form);
    if (id.isEmpty() || (saver && !saver->flush())) {
        form->applyFieldErrors({}, tr("The draft could not be saved, so it was not sent: %1")
                                       .arg(m_store->errorString()));
        return;
    }
    Outbox *outbox = outboxFor(profileOf(form));
    QString why;
    if (!outbox) {
        form->applyFieldErrors({}, tr("This account cannot send drafts yet."));
        return;
    }
    qCInfo(lcDocumentDrafts) << "submitting draft" << id;
    if (!outbox->submitNow(id, &why))
        form->applyFieldErrors({}, why);
}

bool DocumentDrafts::submitDraft(const QString &draftId, QString *why)
{
    const Draft draft = m_store ? m_store->draft(draftId) : Draft();
    Outbox *outbox = draft.isNull() ? nullptr : outboxFor(draft.accountId);
    if (!outbox) {
        if (why)
            *why = tr("This account cannot send drafts yet.");
        return false;
    }
    return outbox->submitNow(draftId, why);
}

void DocumentDrafts::onDraftChanged(const QString &draftId)
{
    DraftForm *form = openDocument(draftId);
    if (!form || !m_store)
        return;
    const Draft draft = m_store->draft(draftId);
    // The outbox records a stepwise draft's progress in its payload (a cart's bought numbers).
    // The form shows it; nothing typed is overwritten, since the form is read-only while its
    // draft is in the outbox.
    if ((form->isBusy() || !draft.isEditable()) && form->payload() != draft.payload) {
        const QScopedValueRollback guard(m_applyingStored, true);
        form->setPayload(draft.payload);
        if (FormUndo *undo = undoOf(form))
            undo->history()->reset(draft.payload); // undo never brings back a bought number
    }
    form->showSubmission(draft);
    // An outcome the outbox learnt that the disk did not take yet (a purchase made while
    // the disk was full) says so on its form until it is written.
    if (m_store->isKept(draftId)) {
        form->showSaveProblem(saveProblemText(m_store->unsavedFailure(), m_store->folder(),
                                              m_store->errorString()));
    } else {
        updateSaveState(form);
    }
    if (draft.state == OutboxState::Sent) {
        // Sent is final: nothing left to undo.
        if (FormUndo *undo = undoOf(form))
            undo->deleteLater();
    }
}

void DocumentDrafts::onDraftRemoved(const QString &draftId)
{
    if (DraftForm *form = openDocument(draftId))
        release(form);
}

void DocumentDrafts::flushOpen(const QString &draftId)
{
    if (DraftAutosaver *saver = saverOf(openDocument(draftId)))
        saver->flush();
}

void DocumentDrafts::flushAll()
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.saver)
            binding.saver->flush();
    }
}

void DocumentDrafts::onFocusChanged(QWidget *old, QWidget *now)
{
    Q_UNUSED(now)
    if (!old)
        return;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (it.key()->isAncestorOf(old)) {
            if (it->saver)
                it->saver->flush();
            return;
        }
    }
}

void DocumentDrafts::release(QWidget *document)
{
    if (!document)
        return;
    if (DraftAutosaver *saver = saverOf(document))
        saver->flush();
    if (const QString id = draftId(document); m_open.value(id) == document)
        m_open.remove(id);
    document->hide();
    document->deleteLater();
}

void DocumentDrafts::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    for (const QPointer<QWidget> &open : std::as_const(m_open)) {
        if (auto *form = qobject_cast<DraftForm *>(open.data()))
            form->setReadOnly(true, reason);
    }
}
