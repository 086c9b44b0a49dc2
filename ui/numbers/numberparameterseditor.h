#pragma once

#include "validation/numberrules.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

class FieldFeedback;
class QFormLayout;
class QGroupBox;
class QLabel;

// The create or update parameters of a phone number as grouped fields (Voice, Messaging,
// Emergency, Regulatory and address, Advanced), built from Validation::numberParameters()
// for one family and operation, and checked while the user types with the same rules the
// sandbox applies. It only edits values by wire name; the forms decide what to send.
//
//     auto *editor = new NumberParametersEditor(NumberFamily::Twilio, NumberOperation::Update);
//     editor->setValues(number.values);
//     connect(editor, &NumberParametersEditor::valuesChanged, this, ...);
//     editor->problems();    // every reason, by wire name, local and from the server
//
// A wrong value is shown at once, an unfinished one when the user leaves the field; a
// plain-http URL gets a warning, never an error. Setting a trunk clears the voice
// application and the reverse, as the server does, and says so under the field.
class NumberParametersEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberParametersEditor)

public:
    NumberParametersEditor(Validation::NumberFamily family, Validation::NumberOperation operation,
                           QWidget *parent = nullptr);
    ~NumberParametersEditor() override;

    // Every parameter shown, by wire name ("" for an empty field; "true"/"false").
    QHash<QString, QString> values() const;
    // Fills the fields (others keep their value); emits nothing.
    void setValues(const QHash<QString, QString> &values);
    QStringList parameterNames() const;

    // The server's complaint about a field, shown until the field is edited.
    void setServerError(const QString &parameter, const QString &message);
    void clearServerErrors();
    // Every problem now, in form order, by wire name: local checks, then server errors.
    QList<QPair<QString, QString>> problems() const;
    // Shows every local reason, even on fields not visited (after a submit attempt).
    void showAllProblems();

    QWidget *fieldWidget(const QString &parameter) const;
    // "Voice URL"
    static QString label(const QString &parameter);
    void setEditable(bool editable);
    // Labels above their fields (a narrow pane) rather than beside them.
    void setLabelsAbove(bool above);

signals:
    void valuesChanged();

private:
    struct Field
    {
        Validation::NumberParameter parameter;
        QWidget *widget = nullptr;
        FieldFeedback *feedback = nullptr; // line edits only
        QLabel *note = nullptr;            // the trunk/application note
        QString serverError;
        bool visited = false;
    };
    void build();
    QWidget *makeEditor(Field &field, QWidget *parent);
    QString valueOf(const Field &field) const;
    void setValueOf(Field &field, const QString &value);
    void onEdited(const QString &parameter);
    void refreshField(Field &field);
    Field *find(const QString &parameter);
    const Field *find(const QString &parameter) const;

    Validation::NumberFamily m_family;
    Validation::NumberOperation m_operation;
    QList<Field> m_fields;
    QList<QFormLayout *> m_forms;
    bool m_updating = false;
    bool m_showAll = false;
};
