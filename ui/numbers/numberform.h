#pragma once

#include "draftform.h"
#include "numbers/incomingnumber.h"
#include "numbers/numbereditdraft.h"

class NumberParametersEditor;
class QAction;
class QLabel;
class QPushButton;
class SidLabel;

// One number's configuration, editable in place (the Numbers section's detail pane): a
// DraftForm over a NumberEditDraft. Every updatable parameter of the family except
// AccountSid (moving a number to another account is out of scope), checked as the user
// types; Save hands the draft to the account's outbox, which sends only what changed.
//
//     auto *form = new NumberForm(ApiFamily::Twilio);
//     form->showNumber(number);          // a fresh edit of the server's copy; no draft yet
//     // or form->setPayload(draft.payload) for a draft being reopened
//     connect(form, &NumberForm::revertRequested, ...);   // "Revert": drop the draft
class NumberForm final : public DraftForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberForm)

public:
    explicit NumberForm(ApiFamily family, QWidget *parent = nullptr);
    ~NumberForm() override;

    // Starts a new edit from the server's copy of the number. Emits nothing.
    void showNumber(const IncomingNumber &number);
    // The server's copy, for the header (friendly name, capabilities, dates); keeps the edit.
    void setNumberInfo(const IncomingNumber &number);
    NumberEditDraft draft() const;
    QString sid() const { return m_draft.sid; }
    bool hasChanges() const { return draft().hasChanges(); }

    QJsonObject payload() const override { return draft().toJson(); }
    void setPayload(const QJsonObject &payload) override;
    QString draftTitle() const override { return draft().title(); }
    bool isComplete() const override;
    void applyFieldErrors(const QList<FieldError> &errors, const QString &message) override;
    // Why Save is disabled ("" when it is not).
    QString blockingReason() const;

    NumberParametersEditor *editor() const { return m_editor; }
    // Puts the keyboard in the first field (Enter on the number's row).
    void focusFirstField();

signals:
    // "Revert": the user drops the changes (the pane deletes the draft and shows the number).
    void revertRequested();

protected:
    void submissionChanged() override;
    bool checkBeforeSubmit() override;
    QString sentMessage(const Draft &draft) const override;

private:
    void buildUi();
    void refresh();

    ApiFamily m_family;
    NumberEditDraft m_draft; // sid, number and the original values; values live in m_editor
    IncomingNumber m_info;
    bool m_updating = false;

    QLabel *m_number = nullptr;
    QLabel *m_summary = nullptr;
    SidLabel *m_sid = nullptr;
    QLabel *m_problems = nullptr;
    NumberParametersEditor *m_editor = nullptr;
    QPushButton *m_save = nullptr;
    QAction *m_saveAction = nullptr; // Ctrl+Return
    QPushButton *m_revert = nullptr;
};
