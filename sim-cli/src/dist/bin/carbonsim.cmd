@echo off
rem carbonsim launcher of the release archive (Windows): runs lib\carbonsim.jar with the Java of
rem JAVA_HOME, or else the one on the PATH. Needs nothing but a Java 17 (or newer) runtime.
rem CARBONSIM_JAVA_OPTS replaces the default JVM options (-Xss4m), e.g. set CARBONSIM_JAVA_OPTS=-Xmx8g
rem From another batch file: call carbonsim.cmd ... so that control comes back to it.
setlocal
rem %~dp0 is this file's folder with a trailing backslash, whatever the working directory
set "CARBONSIM_HOME=%~dp0.."
rem JAVA_HOME\bin\java.exe when it exists; quotes around JAVA_HOME ("C:\Program Files\...") are removed
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
set "JAVA_EXE=%JAVA_EXE:"=%"
if not defined JAVA_HOME set "JAVA_EXE="
if defined JAVA_EXE if not exist "%JAVA_EXE%" set "JAVA_EXE="
rem else java.exe on the PATH
if not defined JAVA_EXE for %%i in (java.exe) do set "JAVA_EXE=%%~$PATH:i"
if not defined JAVA_EXE goto noJava
if not defined CARBONSIM_JAVA_OPTS set "CARBONSIM_JAVA_OPTS=-Xss4m"
rem A single run, a validation or a chart is over before the optimising compiler pays for itself, so
rem those start with C1 only and the serial collector; the studies (named first) keep the defaults.
set "CARBONSIM_QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for %%c in (montecarlo sweep compare sensitivity calibrate) do if "%~1"=="%%c" set "CARBONSIM_QUICK="
"%JAVA_EXE%" %CARBONSIM_QUICK% %CARBONSIM_JAVA_OPTS% -jar "%CARBONSIM_HOME%\lib\carbonsim.jar" %*
exit /b %ERRORLEVEL%

:noJava
>&2 echo carbonsim: Java 17 or newer is needed: set JAVA_HOME or put java.exe on the PATH.
>&2 echo   For example, install a Java 17 runtime such as Eclipse Temurin and open a new window.
exit /b 1
