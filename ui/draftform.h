#pragma once

#include "drafts/draft.h"

#include <QJsonObject>
#include <QWidget>

class MessageBanner;
class QMenu;

// What every form of a draft kind is to the shell (the document binding, the main window,
// the registry): a widget that edits one draft's payload. It never sends anything itself:
// Create emits submitRequested(), the binding hands the draft to its account's outbox, and
// the form shows where the draft is on its way (showSubmission()) in words: sending,
// waiting for the network, checking with the server after a lost answer, created, refused,
// or waiting for the user's decision. There is no blind "try again": the outbox decides
// what may be sent again.
//
//     class NoteForm final : public DraftForm { ... };      // implement the pure virtuals
//     layout->addWidget(submissionBanner());                // where the state is shown
//     connect(createButton, &QPushButton::clicked, this, &DraftForm::requestSubmit);
class DraftForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftForm)

public:
    explicit DraftForm(QWidget *parent = nullptr);
    ~DraftForm() override;

    // The draft's content as the store keeps it (the kind's own JSON).
    virtual QJsonObject payload() const = 0;
    // Fills the form (a reopened draft, undo); emits payloadChanged() if it differs.
    virtual void setPayload(const QJsonObject &payload) = 0;
    // What the Drafts list calls it ("Marketing").
    virtual QString draftTitle() const = 0;
    // Every check that can be made offline passes.
    virtual bool isComplete() const = 0;
    // The server's complaints (or the outbox's local ones), by wire field name: each on its
    // field where the form has it; the others, and message, in the banner.
    virtual void applyFieldErrors(const QList<FieldError> &errors, const QString &message) = 0;

    // Where the draft is on its way to the server. Busy while it is in the outbox;
    // read-only once sent, and while queued, sending or undecided.
    void showSubmission(const Draft &draft);
    OutboxState submissionState() const { return m_state; }
    bool isBusy() const;
    bool isSent() const { return m_state == OutboxState::Sent; }
    // What the server created, once sent.
    QString remoteId() const { return m_remoteId; }
    // While another Switchboard holds the drafts, nothing may be typed here.
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const { return m_readOnly; }

    // The banner where the form shows its submission state and server errors.
    MessageBanner *submissionBanner() const { return m_banner; }

    // While its draft cannot be written (a full disk): a lasting banner saying so, with
    // "Export…" (exportRequested()). It sits right above submissionBanner() in the same
    // layout; a form never places it itself. An empty text takes it away.
    void showSaveProblem(const QString &text);
    QString saveProblem() const;
    MessageBanner *saveBanner() const { return m_saveBanner; } // null until first shown

    // The form sends to a live account (not the sandbox): a lasting notice under the
    // submission banner says so, by name (the binding calls this). "" takes it away.
    void showLiveAccount(const QString &accountName);
    bool isLiveAccount() const { return !m_liveAccount.isEmpty(); }
    MessageBanner *liveNotice() const { return m_liveNotice; } // null until first shown

public slots:
    // What the form's Create button calls: emits submitRequested() when it may be sent
    // (complete, editable), else shows every reason and returns false.
    bool requestSubmit();

signals:
    void payloadChanged();
    void submitRequested();
    // "Keep as draft": take a submission that waits for the network back.
    void keepAsDraftRequested();
    // For an Undecided draft: the candidate it created, or "" for "none of these: send it".
    void decisionMade(const QString &remoteId);
    void busyChanged(bool busy);
    // "Export…" in the save banner: save this draft's content elsewhere.
    void exportRequested();
    // From the destructor (the derived form is gone already): whoever holds the form lets
    // go of it now. QWidget's destructor may still hide it, which moves the focus.
    void aboutToBeDestroyed();

protected:
    // Called after the state changed: disable the fields and Create while busy or sent,
    // name the result in the heading...
    virtual void submissionChanged() = 0;
    // Shows every local reason and focuses the first wrong field; false if there is one.
    virtual bool checkBeforeSubmit() = 0;
    // What the banner says once the draft is sent ("Created on the server as S…" by default;
    // "Saved", "3 numbers bought"...).
    virtual QString sentMessage(const Draft &draft) const;
    // What the banner says while a draft of several steps is on its way ("Buying 2 of 5…");
    // empty: the generic words.
    virtual QString progressMessage(const Draft &draft) const
    {
        Q_UNUSED(draft)
        return {};
    }
    bool isEditable() const;
    // The draft as showSubmission() last gave it (its send notes say what is in flight).
    const Draft &shownDraft() const { return m_shown; }
    // Ends a message with a full stop unless it has its own.
    static QString sentence(const QString &text);

private:
    void showStateBanner(const Draft &draft);
    // Scrolls the form's page so that the submission banner is in view.
    void revealBanner();
    void onBannerAction();

    MessageBanner *m_banner;
    MessageBanner *m_saveBanner = nullptr;
    MessageBanner *m_liveNotice = nullptr;
    QString m_liveAccount;
    QMenu *m_decisionMenu = nullptr;
    OutboxState m_state = OutboxState::Editing;
    QString m_remoteId;
    QList<DraftCandidate> m_candidates;
    Draft m_shown;
    bool m_readOnly = false;
};
