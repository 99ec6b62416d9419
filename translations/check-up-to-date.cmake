# ctest translations_up_to_date: runs lupdate, exactly as the update_translations target does,
# on copies of translations/*.ts and fails if that would change them or leave a message
# unfinished. The source tree is never written.
#
#   cmake -DPROJECT_DESCRIPTION=<build>/app/common/.lupdate/spdc-frontend_project.cmake
#         -DGENERATOR=<Qt6LinguistTools>/GenerateLUpdateProject.cmake -DLUPDATE=<lupdate>
#         "-DLUPDATE_OPTIONS=-no-obsolete;-locations;none" "-DTS_FILES=<ts>;<ts>"
#         -DWORK_DIR=<dir> -P check-up-to-date.cmake
foreach(variable PROJECT_DESCRIPTION GENERATOR LUPDATE TS_FILES WORK_DIR)
    if(NOT ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_DESCRIPTION}"
                        "-DOUT_FILE=${WORK_DIR}/project.json" -P "${GENERATOR}"
                RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "could not write the lupdate project file")
endif()

set(copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${LUPDATE_OPTIONS}
                        -ts ${copies}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(result)
    message(FATAL_ERROR "lupdate failed")
endif()

set(stale "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" before)
    file(READ "${WORK_DIR}/${name}" after)
    string(FIND "${after}" "type=\"unfinished\"" unfinished)
    if(NOT before STREQUAL after OR NOT unfinished EQUAL -1)
        list(APPEND stale "${name}")
    endif()
endforeach()
if(stale)
    list(JOIN stale ", " stale)
    message(FATAL_ERROR "Not up to date with the sources, or not fully translated: ${stale}.\n"
        "Run `cmake --build <build dir> --target update_translations`, translate what is "
        "unfinished (translations/README.md), and commit the .ts files.")
endif()
message(STATUS "translations are up to date and complete")
