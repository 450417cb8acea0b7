# tests/lib.sh — helpers for tests/run: run a program on socket86 and on
# Linux, compare, and check that the kernel leaked nothing.
# Sourced by tests/run; every QEMU run goes through tools/run, which has a
# timeout and ends QEMU itself.

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# native PROG [ARGS...]: the Linux oracle.  The host runs i386 binaries
# itself if it can (ORACLE=native); otherwise through qemu-user, which
# hands every system call to the host's Linux kernel (ORACLE=qemu-user;
# set it by hand to see what a host without 32-bit support gets).  It runs
# under a timeout that leaves it in the terminal's foreground group.
# native_on_pty PROG [ARGS...]: the same on a pseudo-terminal (script(1)),
# stdin to its keyboard, output without \r; the timeout stays outside the
# terminal, so that Ctrl-C typed there reaches the program once.
if [ "${ORACLE-}" != qemu-user ] && "$PWD/build/user/hello" >/dev/null 2>&1; then
	ORACLE=native oracle_prefix=
	have_native() { true; }
else
	ORACLE=qemu-user oracle_prefix=qemu-i386
	have_native() { command -v qemu-i386 >/dev/null; }
fi
native() { timeout --foreground --kill-after=5 "${KTIMEOUT:-60}" $oracle_prefix "$@"; }
native_on_pty() {
	timeout --kill-after=5 "${KTIMEOUT:-60}" script -qec "$oracle_prefix $*" /dev/null | tr -d '\r'
}

# Some programs qemu-user cannot run as Linux does (it has no rseq and no
# set_robust_list, and glibc's threads hang there).  For those, `make
# golden` on a host that runs i386 programs itself commits Linux's answer to
# tests/golden/linux/ (tools/golden lists them), and same_as_linux reads it
# where the oracle is qemu-user (and, where Linux itself answers, checks
# that the transcript is still what Linux says).
linux_golden() { echo "tests/golden/linux/$(echo "$*" | sed 's|^build/||; s|[^A-Za-z0-9.-]|_|g').txt"; }

# kernel [tools/run options] PROG [ARGS...]: run on socket86; stdout to
# stdout, status as the program's.  Checks the power-off counts: after every
# process has exited, every page, kmalloc object and file must be back.
# Input: the file $STDIN names (a pipe on descriptor 0), else nothing.
kernel() {
	local stats="$TMP/stats.$$" rc
	tools/run --timeout "${KTIMEOUT:-60}" --stats "$stats" "$@" <"${STDIN:-/dev/null}"
	rc=$?
	if [ -s "$stats" ] && ! check_no_leak "$stats"; then
		echo "LEAK: $(cat "$stats")" >&2
		return 200
	fi
	if [ "${NO_ENOSYS-}" != any ] && ! check_no_enosys "$stats"; then
		return 201
	fi
	return $rc
}

# Every run also fails (status 201) if the kernel answered a system call
# with ENOSYS (the power-off stats list them, kernel/sys_ni.c), unless it is
# one of the calls left out on purpose (README: "System calls left out") or
# among NO_ENOSYS="ALLOWED..." for that run; NO_ENOSYS=any turns the check
# off for the few tests that call unimplemented numbers on purpose.
# `no_enosys CMD...` allows not even the left-out calls.
LEFT_OUT_SYSCALLS="readlink getcwd open openat"
no_enosys() { LEFT_OUT_SYSCALLS="" NO_ENOSYS=${NO_ENOSYS-} "$@"; }

syscall_name() {	# syscall_name NR: its name in asm/unistd_32.h, or "?"
	awk -v nr="$1" '$1 == "#define" && $2 ~ /^__NR_/ && $3 == nr { print substr($2, 6); found = 1; exit }
		END { if (!found) print "?" }' include/uapi/asm/unistd_32.h \
		$(ls /usr/i686-linux-gnu/include/asm/unistd_32.h /usr/include/x86_64-linux-gnu/asm/unistd_32.h 2>/dev/null)
}

check_no_enosys() {	# check_no_enosys STATS
	local list item nr name bad=0
	[ -s "$1" ] || { echo "ENOSYS: no power-off stats" >&2; return 1; }
	list=$(sed -n 's/.* enosys=\([^ ]*\).*/\1/p' "$1")
	for item in ${list//,/ }; do
		nr=${item%%:*} name=$(syscall_name "$nr")
		case " ${NO_ENOSYS-} $LEFT_OUT_SYSCALLS " in *" $nr "*|*" $name "*) continue ;; esac
		echo "ENOSYS: system call $nr ($name) answered ENOSYS ${item#*:} time(s)" >&2
		bad=1
	done
	return $bad
}

check_no_leak() {
	local line
	line=$(cat "$1")
	local free boot
	free=$(sed -n 's/.*free_pages=\([0-9]*\).*/\1/p' <<<"$line")
	boot=$(sed -n 's/.*boot_free_pages=\([0-9]*\).*/\1/p' <<<"$line")
	[ "$free" = "$boot" ] && grep -q 'kmalloc=0 files=0 tasks=0 sockets=0 socks=0 skbs=0' <<<"$line"
}

# same_as_linux PROG [ARGS...]: output and exit status identical to Linux's
# (both read $STDIN, if set).
same_as_linux() {
	local k n
	kernel "$@" >"$TMP/k.out"; k=$?
	if [ $ORACLE = qemu-user ] && [ -f "$(linux_golden "$@")" ]; then
		tail -n +2 "$(linux_golden "$@")" >"$TMP/n.out"
		n=$(head -1 "$(linux_golden "$@")" | sed 's/^status //')
	else
		native "$@" <"${STDIN:-/dev/null}" >"$TMP/n.out" 2>/dev/null; n=$?
		# A committed transcript must still be Linux's answer.
		if [ -f "$(linux_golden "$@")" ] &&
		   ! printf 'status %s\n%s\n' "$n" "$(cat "$TMP/n.out")" | cmp -s - "$(linux_golden "$@")"; then
			echo "$(linux_golden "$@") is not what Linux says now: run make golden" >&2
			return 1
		fi
	fi
	if ! diff -u "$TMP/n.out" "$TMP/k.out" >&2; then
		echo "output differs from Linux (- Linux, + socket86)" >&2
		return 1
	fi
	[ "$k" = "$n" ] || { echo "status: socket86 $k, Linux $n" >&2; return 1; }
}

# typed CMD WAITFOR KEYS...: run the shell command CMD on a terminal (a pty,
# script(1)), and once its output shows WAITFOR, type each KEYS (printf %b)
# half a second apart, as a person would.  Prints what the terminal showed,
# without \r.  Bounded: 40 s in all, whatever CMD does.
typed() {
	local cmd=$1 want=$2 ts=$TMP/typescript.$$
	shift 2
	: >"$ts"
	{
		for _ in $(seq 150); do grep -q "$want" "$ts" && break; sleep 0.2; done
		for k in "$@"; do sleep 0.5; printf '%b' "$k"; done
		sleep 1
	} | timeout 40 script -qfec "$cmd" "$ts" | tr -d '\r'
}

expect_status() {	# expect_status WANT CMD...
	local want=$1 got
	shift
	"$@"; got=$?
	[ "$got" = "$want" ] || { echo "status $got, expected $want: $*" >&2; return 1; }
}
