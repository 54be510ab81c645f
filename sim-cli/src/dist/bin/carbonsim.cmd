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
rem Application class-data sharing, as in bin/carbonsim but only in lib\ (untested on Windows): the
rem classes a run loads are archived by a short training run into lib\carbonsim.jsa once per jar and
rem Java, and later runs map them. lib\carbonsim.jsa.for holds what it was made for (the Java's path,
rem size and time, the jar's size and time); a different one makes it again. A foreign, stale or
rem missing archive is ignored silently by the JVM, a failed training run or a lib\ that cannot be
rem written leaves none. Java 17 maps only the JDK's classes from it when the folder's path has a
rem space or a character outside ASCII. CARBONSIM_CDS=off turns it off.
set "CARBONSIM_CDS_OPTS="
if /i "%CARBONSIM_CDS%"=="off" goto cdsDone
set "CARBONSIM_JAR=%CARBONSIM_HOME%\lib\carbonsim.jar"
set "CARBONSIM_ARCHIVE=%CARBONSIM_HOME%\lib\carbonsim.jsa"
for %%j in ("%JAVA_EXE%") do for %%k in ("%CARBONSIM_JAR%") do set "CARBONSIM_ARCHIVE_FOR=%%~fj %%~zj %%~tj %%~zk %%~tk"
set "CARBONSIM_MADE_FOR="
if exist "%CARBONSIM_ARCHIVE%.for" set /p CARBONSIM_MADE_FOR=<"%CARBONSIM_ARCHIVE%.for"
if exist "%CARBONSIM_ARCHIVE%" if "%CARBONSIM_MADE_FOR%"=="CARBONSIM_ARCHIVE_FOR=%CARBONSIM_ARCHIVE_FOR%" goto cdsMade
rem written under names of this run's own, then moved: a run started meanwhile never maps half an archive
set "CARBONSIM_TRAINING=%CARBONSIM_HOME%\lib\.carbonsim-training-%RANDOM%%RANDOM%"
(set CARBONSIM_ARCHIVE_FOR>"%CARBONSIM_TRAINING%.for") 2>nul || goto cdsDone
"%JAVA_EXE%" -Xss4m "-XX:ArchiveClassesAtExit=%CARBONSIM_TRAINING%.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%CARBONSIM_JAR%" run classroom-two-firms --years 1 --quiet --out "%CARBONSIM_TRAINING%" >nul 2>&1
if not errorlevel 1 if exist "%CARBONSIM_TRAINING%.jsa" move /y "%CARBONSIM_TRAINING%.jsa" "%CARBONSIM_ARCHIVE%" >nul 2>&1 && move /y "%CARBONSIM_TRAINING%.for" "%CARBONSIM_ARCHIVE%.for" >nul 2>&1
if exist "%CARBONSIM_TRAINING%" rd /s /q "%CARBONSIM_TRAINING%" >nul 2>&1
del /f /q "%CARBONSIM_TRAINING%.jsa" "%CARBONSIM_TRAINING%.for" >nul 2>&1
:cdsMade
if exist "%CARBONSIM_ARCHIVE%" set CARBONSIM_CDS_OPTS="-XX:SharedArchiveFile=%CARBONSIM_ARCHIVE%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
:cdsDone
"%JAVA_EXE%" %CARBONSIM_QUICK% %CARBONSIM_JAVA_OPTS% %CARBONSIM_CDS_OPTS% -jar "%CARBONSIM_HOME%\lib\carbonsim.jar" %*
exit /b %ERRORLEVEL%

:noJava
>&2 echo carbonsim: Java 17 or newer is needed: set JAVA_HOME or put java.exe on the PATH.
>&2 echo   For example, install a Java 17 runtime such as Eclipse Temurin and open a new window.
exit /b 1
