@echo off
rem carbonsim launcher of the release archive (Windows): runs lib\carbonsim.jar with the Java of
rem JAVA_HOME, or else the one on the PATH. Needs nothing but a Java 17 (or newer) runtime.
rem CARBONSIM_JAVA_OPTS replaces the default JVM options (-Xss4m), e.g. set CARBONSIM_JAVA_OPTS=-Xmx8g
setlocal
set "CARBONSIM_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined CARBONSIM_JAVA_OPTS set "CARBONSIM_JAVA_OPTS=-Xss4m"
"%JAVA_EXE%" %CARBONSIM_JAVA_OPTS% -jar "%CARBONSIM_HOME%\lib\carbonsim.jar" %*
exit /b %ERRORLEVEL%
