#pragma once

class QLabel;

#include "draftform.h"
#include "properties/property.h"
#include "properties/propertydraft.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class FieldFeedback;
class QCheckBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class TimeZonePicker;

// The "New property" document: a DraftForm over a PropertyDraft. It checks every field
// while the user types with the shared Validation rules; Create hands the draft to the
// account's outbox (through the document binding), and the form shows how it goes.
//
//     auto *form = new PropertyForm;
//     form->setDraft(savedDraft);                          // optional
//     connect(form, &DraftForm::submitRequested, binding, ...);
//
// Create stays disabled while anything is invalid, and its tooltip names every problem.
// A server error about one field (its Parameter) is shown on that field until the field is
// edited; any other failure goes to the banner. Nothing typed is lost on failure.
// The window title is "New property" or "New property — <name>" and follows the name.
class PropertyForm final : public DraftForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyForm)

public:
    explicit PropertyForm(QWidget *parent = nullptr);
    ~PropertyForm() override;

    PropertyDraft draft() const { return m_draft; }
    // Fills the widgets from a draft (e.g. a reopened one); emits payloadChanged() if it differs.
    void setDraft(const PropertyDraft &draft);

    QJsonObject payload() const override { return m_draft.toJson(); }
    void setPayload(const QJsonObject &payload) override { setDraft(PropertyDraft::fromJson(payload)); }
    QString draftTitle() const override { return m_draft.name.trimmed(); }
    bool isComplete() const override { return m_draft.validate().isOk(); }
    // On the field named by each error (Name, MainDomain, TimeZone), else in the banner.
    void applyFieldErrors(const QList<FieldError> &errors, const QString &message) override;

    // True when Create may be pressed: every field valid, no server error pending, editable.
    bool canSubmit() const;
    // Why Create is disabled ("" when it is not): every problem, named by field, once.
    QString blockingReason() const;

public slots:
    // Validates and submits; does nothing while busy, after creation, or if invalid (then
    // the first invalid field gets the focus and every reason is shown).
    void submit() { requestSubmit(); }

protected:
    void showEvent(QShowEvent *event) override;
    void submissionChanged() override;
    bool checkBeforeSubmit() override;

private:
    void buildUi();
    void onEdited(PropertyField field);
    void onEditingFinished(PropertyField field);
    void refresh();
    void updateTitle();
    Validation::FieldCheck localCheck(PropertyField field) const;
    Validation::FieldCheck effectiveCheck(PropertyField field) const;
    bool shouldShow(PropertyField field, const Validation::FieldCheck &check) const;
    QString fieldLabel(PropertyField field) const;
    QWidget *fieldWidget(PropertyField field) const;
    FieldFeedback *feedback(PropertyField field) const;
    void readWidgets();

    PropertyDraft m_draft;
    bool m_updating = false;
    bool m_shown = false;
    bool m_submitAttempted = false;
    QMap<PropertyField, bool> m_touched;   // edited by the user
    QMap<PropertyField, bool> m_left;      // editing finished at least once
    QMap<PropertyField, QString> m_serverErrors;

    QWidget *m_fields = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_domainEdit = nullptr;
    TimeZonePicker *m_timeZonePicker = nullptr;
    FieldFeedback *m_nameFeedback = nullptr;
    FieldFeedback *m_domainFeedback = nullptr;
    FieldFeedback *m_timeZoneFeedback = nullptr;
    QCheckBox *m_smsCheck = nullptr;
    QCheckBox *m_recordingCheck = nullptr;
    QCheckBox *m_integrationsCheck = nullptr;
    QCheckBox *m_activeCheck = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_heading = nullptr;
};
