# Properties section: list pane, detail pane, New property form, time zone picker.
target_sources(switchboard_ui PRIVATE
    properties/propertieslogging.cpp properties/propertieslogging.h
    properties/propertydetailview.cpp properties/propertydetailview.h
    properties/propertyform.cpp properties/propertyform.h
    properties/propertiespane.cpp properties/propertiespane.h
    # Shared widgets (ui/widgets), used by the Properties forms first.
    widgets/colors.cpp widgets/colors.h
    widgets/jobstatus.cpp widgets/jobstatus.h
    widgets/fieldfeedback.cpp widgets/fieldfeedback.h
    widgets/filterbox.cpp widgets/filterbox.h
    widgets/messagebanner.cpp widgets/messagebanner.h
    widgets/sidlabel.cpp widgets/sidlabel.h
    widgets/tablebehaviour.cpp widgets/tablebehaviour.h
    widgets/timezonepicker.cpp widgets/timezonepicker.h
    widgets/wheelguard.cpp widgets/wheelguard.h
)
