# Helper functions shared by every stage's CMakeLists.txt.
#
#   sitrep_library(NAME SOURCES... DEPS...)   a static library of one stage
#   sitrep_test(NAME SOURCES... DEPS...)      a GoogleTest binary, discovered by CTest
#   sitrep_bench(NAME SOURCES... DEPS...)     a Google Benchmark binary (not run by CTest)

function(sitrep_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

function(sitrep_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
  sitrep_warnings(${name})
endfunction()

function(sitrep_test name)
  if(NOT SITREP_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main GTest::gmock)
  target_compile_definitions(${name} PRIVATE
    SITREP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SITREP_SHARED_DIR="${SITREP_SHARED_DIR}"
    SITREP_BINARY_DIR="${PROJECT_BINARY_DIR}")
  sitrep_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "SITREP_GAZETTEER=${PROJECT_BINARY_DIR}/gazetteer.idx")
endfunction()

function(sitrep_bench name)
  if(NOT SITREP_BUILD_BENCHMARKS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} benchmark::benchmark)
  target_compile_definitions(${name} PRIVATE
    SITREP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SITREP_SHARED_DIR="${SITREP_SHARED_DIR}")
  sitrep_warnings(${name})
endfunction()

# sitrep_stage(NAME DEPS...): the static library `sitrep_NAME` from every .cc in
# the calling folder, and one test binary `NAME_test` from every *_test.cc there.
# Test-only files (*_testutil.cc) go into the test binary only.
function(sitrep_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB all_cc CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  set(lib_cc "")
  set(test_cc "")
  foreach(f ${all_cc})
    if(f MATCHES "_test\\.cc$" OR f MATCHES "_testutil\\.cc$")
      list(APPEND test_cc ${f})
    elseif(NOT f MATCHES "_bench\\.cc$" AND NOT f MATCHES "_main\\.cc$")
      list(APPEND lib_cc ${f})
    endif()
  endforeach()
  if(NOT lib_cc)
    return()  # a stage folder with no code yet
  endif()
  sitrep_library(sitrep_${name} SOURCES ${lib_cc} DEPS ${ARG_DEPS})
  set_property(GLOBAL APPEND PROPERTY SITREP_STAGE_LIBS sitrep_${name})
  if(test_cc)
    sitrep_test(${name}_test SOURCES ${test_cc} DEPS sitrep_${name} ${ARG_TEST_DEPS})
  endif()
endfunction()
