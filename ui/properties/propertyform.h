#pragma once

class QLabel;

#include "properties/property.h"
#include "properties/propertydraft.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class AccountClient;
class ApiJob;
class FieldFeedback;
class MessageBanner;
class QCheckBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class TimeZonePicker;
struct ApiResult;

// The "New property" document. It edits a PropertyDraft (a plain value the drafts store can
// keep), checks every field while the user types with the shared Validation rules, and
// sends POST /v2/Properties when Create is pressed.
//
//     auto *form = new PropertyForm(client);
//     form->setDraft(savedDraft);                                   // optional
//     connect(form, &PropertyForm::draftChanged, store, [=] { store->save(form->draft()); });
//     connect(form, &PropertyForm::created, pane, &PropertiesPane::showCreated);
//
// Create stays disabled while anything is invalid, and its tooltip names the first problem.
// A server error about one field (its Parameter) is shown on that field until the field is
// edited; any other failure goes to the banner. Nothing typed is lost on failure.
// The window title is "New property" or "New property — <name>" and follows the name.
class PropertyForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyForm)

public:
    explicit PropertyForm(AccountClient *client, QWidget *parent = nullptr);
    ~PropertyForm() override;

    PropertyDraft draft() const { return m_draft; }
    // Fills the widgets from a draft (e.g. a reopened one); emits draftChanged() if it differs.
    void setDraft(const PropertyDraft &draft);

    // True while POST /v2/Properties is in flight.
    bool isBusy() const { return !m_job.isNull(); }
    // True once the server has created the property; the form is then read-only.
    bool isCreated() const { return m_created; }
    Property createdProperty() const { return m_createdProperty; }

    // True when Create may be pressed: every field valid, no server error pending, not busy.
    bool canSubmit() const;
    // The reason Create is disabled ("" when it is not): the first problem, named by field.
    QString blockingReason() const;

    // Shows an error from the server (or an outbox's failed submission): on the field named
    // by its Parameter (Name, MainDomain, TimeZone), else in the banner.
    void applyError(const ApiError &error);

public slots:
    // Validates and sends; does nothing while busy, after creation, or if invalid (then the
    // first invalid field gets the focus and every reason is shown).
    void submit();

signals:
    void draftChanged();
    void created(const Property &property);
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void onEdited(PropertyField field);
    void onEditingFinished(PropertyField field);
    void onCreateFinished(const ApiResult &result);
    void setBusy(bool busy);
    void refresh();
    void updateTitle();
    Validation::FieldCheck localCheck(PropertyField field) const;
    Validation::FieldCheck effectiveCheck(PropertyField field) const;
    bool shouldShow(PropertyField field, const Validation::FieldCheck &check) const;
    QString fieldLabel(PropertyField field) const;
    QWidget *fieldWidget(PropertyField field) const;
    FieldFeedback *feedback(PropertyField field) const;
    void readWidgets();

    AccountClient *m_client;
    PropertyDraft m_draft;
    QPointer<ApiJob> m_job;
    bool m_updating = false;
    bool m_shown = false;
    bool m_submitAttempted = false;
    bool m_created = false;
    Property m_createdProperty;
    QMap<PropertyField, bool> m_touched;   // edited by the user
    QMap<PropertyField, bool> m_left;      // editing finished at least once
    QMap<PropertyField, QString> m_serverErrors;

    MessageBanner *m_banner = nullptr;
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
