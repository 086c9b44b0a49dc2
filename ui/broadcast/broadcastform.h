#pragma once

#include "broadcast/broadcastdraft.h"
#include "broadcast/broadcastreference.h"
#include "draftform.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class AccountClient;
class BroadcastReferenceLoader;
class DraftStore;
class FieldFeedback;
class NumberPicker;
class QButtonGroup;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

// The "New broadcast project" document: a DraftForm over a BroadcastDraft. The choices come
// from the organisation's reference lists, read from the draft store's cache at once (so a
// draft opens, edits and checks offline; the form says from when the lists are) and then from
// the server. Every rule of the contract is checked while the user types, with the same
// Validation::checkBroadcastProject() the outbox and the sandbox use; a 422 marks every field
// it names. Choosing 10DLC shows brand and campaign (the chosen brand's campaigns only);
// toll-free shows the verification instead; link tracking is a group whose URL and domain
// become required when it is switched on. Create hands the draft to the outbox.
class BroadcastForm final : public DraftForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BroadcastForm)

public:
    // `drafts` keeps the reference lists between runs (may be null: no cache).
    BroadcastForm(AccountClient *client, DraftStore *drafts, QWidget *parent = nullptr);
    ~BroadcastForm() override;

    BroadcastDraft draft() const { return m_draft; }
    void setDraft(const BroadcastDraft &draft);

    QJsonObject payload() const override { return m_draft.toJson(); }
    void setPayload(const QJsonObject &payload) override { setDraft(BroadcastDraft::fromJson(payload)); }
    QString draftTitle() const override { return m_draft.title(); }
    bool isComplete() const override { return currentErrors().isEmpty(); }
    void applyFieldErrors(const QList<FieldError> &errors, const QString &message) override;

    // The lists in use (cached or fresh); empty until one of them is there.
    const BroadcastReference &reference() const { return m_reference; }
    // Uses these lists (from the server, or a test): the choices are rebuilt, the draft kept.
    void setReference(const BroadcastReference &reference, bool fresh);
    // Reads the lists from the server again.
    void refreshReference();

    bool canSubmit() const { return blockingReason().isEmpty(); }
    // Why Create is disabled ("" when it is not): every problem, once.
    QString blockingReason() const;
    // The message shown under a field now ("" when none), by wire name: for tests and
    // accessibility.
    QString fieldMessage(const QString &wireField) const;
    NumberPicker *numberPicker() const { return m_picker; }

signals:
    // The reference lists were read from the server (ok) or could not be (error shown).
    void referenceLoaded(bool ok);

protected:
    void submissionChanged() override;
    bool checkBeforeSubmit() override;

private:
    void buildUi();
    void connectEdits();
    void readWidgets();
    void writeWidgets();
    void fillChoices();
    void fillCampaigns();
    void updateChannelRows();
    void onEdited(const QString &field);
    void refresh();
    void updateTitle();
    void updateReferenceNote();
    void onReferenceLoaded(const BroadcastReference &reference, const ApiError &error);
    // Every rule broken now: against the lists when there are any, else the draft's own.
    QList<FieldError> currentErrors() const;
    // Field -> message, the server's (until the field is edited) over the rules'.
    QHash<QString, QString> effectiveMessages() const;
    QWidget *fieldWidget(const QString &field) const;
    FieldFeedback *feedback(const QString &field) const;
    QString fieldLabel(const QString &field) const;
    static QString canonicalField(const QString &field);

    AccountClient *m_client;
    QPointer<DraftStore> m_drafts;
    QString m_accountId;
    BroadcastDraft m_draft;
    BroadcastReference m_reference;
    bool m_referenceFresh = false;
    QString m_referenceError;
    QPointer<BroadcastReferenceLoader> m_loader;
    bool m_updating = false;
    bool m_submitAttempted = false;
    QSet<QString> m_touched;
    QHash<QString, QString> m_serverErrors;

    QWidget *m_fields = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_referenceNote = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QWidget *m_channelBox = nullptr;
    QButtonGroup *m_channelGroup = nullptr;
    QRadioButton *m_tenDlcRadio = nullptr;
    QRadioButton *m_tollFreeRadio = nullptr;
    QComboBox *m_brandCombo = nullptr;
    QComboBox *m_campaignCombo = nullptr;
    QLabel *m_noCampaignNote = nullptr;
    QComboBox *m_verificationCombo = nullptr;
    QList<QWidget *> m_tenDlcRow;   // labels and fields shown on 10DLC only
    QList<QWidget *> m_tollFreeRow; // ... on toll-free only
    NumberPicker *m_picker = nullptr;
    QGroupBox *m_trackingGroup = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_domainCombo = nullptr;
    QComboBox *m_paramCombo = nullptr;
    QHash<QString, FieldFeedback *> m_feedback; // by wire field
    QProgressBar *m_progress = nullptr;
    QPushButton *m_createButton = nullptr;
};
