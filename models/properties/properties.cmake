# Properties family: client calls, item models, draft value type.
target_sources(switchboard_models PRIVATE
    properties/propertieslogging.cpp properties/propertieslogging.h
    properties/property.cpp properties/property.h
    properties/propertydraft.cpp properties/propertydraft.h
    properties/propertiesclient.cpp properties/propertiesclient.h
    properties/propertylistmodel.cpp properties/propertylistmodel.h
    properties/propertyfiltermodel.cpp properties/propertyfiltermodel.h
    properties/timezonecatalog.cpp properties/timezonecatalog.h
)
