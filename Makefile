# socket86 — the user interface to the project: build, iso, qemu, qemu-nox,
# qemu-gdb, qemu-nox-gdb, gdb, run, test, golden, clean.  `make help` lists
# them.
#
# Toolchain: picked by itself in this order: i686-elf-, i686-linux-gnu-, then
# the host gcc with -m32.  TOOLPREFIX= overrides.

# The build tools install themselves on Debian/Ubuntu (tools/deps says what
# it installs); elsewhere tools/deps names what is missing.
ifeq ($(filter clean help,$(MAKECMDGOALS)),)
DEPS_OK := $(shell tools/deps build >&2 && echo ok)
endif

ifndef TOOLPREFIX
TOOLPREFIX := $(shell \
	if i686-elf-gcc --version >/dev/null 2>&1; then echo i686-elf-; \
	elif i686-linux-gnu-gcc --version >/dev/null 2>&1; then echo i686-linux-gnu-; \
	elif echo 'int x;' | gcc -m32 -c -x c -o /dev/null - >/dev/null 2>&1; then echo ''; \
	else echo NONE; fi)
endif

CC      := $(TOOLPREFIX)gcc
LD      := $(TOOLPREFIX)ld
OBJCOPY := $(TOOLPREFIX)objcopy
BUILD   := build

ifeq ($(TOOLPREFIX),NONE)
$(error No i386 toolchain found.  Install one of:
    i686-elf-gcc            (a cross compiler, e.g. from your distribution), or
    i686-linux-gnu-gcc      (Debian/Ubuntu: apt-get install gcc-i686-linux-gnu), or
    gcc with -m32 support   (Debian/Ubuntu: apt-get install gcc-multilib)
  or name one with TOOLPREFIX=...  (`tools/deps build` installs it on Debian/Ubuntu))
endif

# --- the kernel -------------------------------------------------------------
# Freestanding: no libc, no system headers; -nostdinc leaves only the
# compiler's own (stdarg.h, stddef.h, stdint.h).  libgcc supplies 64-bit
# division for the few u64 divisions (clock arithmetic).
KCFLAGS := -m32 -march=i686 -std=gnu11 -O2 -g -ffreestanding -nostdinc -fno-builtin \
	-fno-pie -fno-pic -fno-stack-protector -fno-omit-frame-pointer \
	-fno-asynchronous-unwind-tables -mno-sse -mno-mmx -mno-80387 \
	-Wall -Wextra -Werror -Wno-unused-parameter \
	-isystem $(shell $(CC) -m32 -print-file-name=include) \
	-Iinclude -Ilib
KLDFLAGS := -m32 -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-z,noexecstack \
	-Wl,-T,linker.ld -Wl,-z,max-page-size=4096
LIBGCC := $(shell $(CC) -m32 -print-libgcc-file-name)

KERNEL_SRCS := $(wildcard boot/*.S kernel/*.S kernel/*.c net/*.c net/*/*.c lib/*.c)
KERNEL_OBJS := $(patsubst %,$(BUILD)/k/%.o,$(basename $(KERNEL_SRCS))) \
	$(BUILD)/k/gen/syscall_names.o
KERNEL := $(BUILD)/kernel

all: $(KERNEL) user .gdbinit

$(BUILD)/k/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -MMD -MP -c -o $@ $<
$(BUILD)/k/%.o: %.S
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -D__ASSEMBLER__ -MMD -MP -c -o $@ $<

# The name of every system call number, for the kernel log's "syscall N
# (name) not implemented" (kernel/sys_ni.c): made from the numbers header
# itself, so the two cannot disagree.  Numbers our header does not define yet
# are named from Linux's own i386 header, where one is installed.
LINUX_UNISTD_32 := $(firstword $(wildcard /usr/i686-linux-gnu/include/asm/unistd_32.h \
	/usr/include/i386-linux-gnu/asm/unistd_32.h /usr/include/x86_64-linux-gnu/asm/unistd_32.h \
	/usr/include/asm/unistd_32.h))
$(BUILD)/k/gen/syscall_names.c: include/uapi/asm/unistd_32.h $(LINUX_UNISTD_32)
	@mkdir -p $(@D)
	{ echo '/* Made by the Makefile from $^: do not edit. */'; \
	  echo '#include <linux/sys_ni.h>'; echo '#include <uapi/asm/unistd_32.h>'; \
	  echo 'const char *const syscall_names[NR_syscalls] = {'; \
	  awk '$$1 == "#define" && $$2 == "NR_syscalls" { max = $$3 } \
	       $$1 == "#define" && $$2 ~ /^__NR_/ && $$3 ~ /^[0-9]+$$/ && !($$3 in name) { name[$$3] = substr($$2, 6) } \
	       END { for (n = 0; n < max; n++) if (n in name) printf "\t[%d] = \"%s\",\n", n, name[n] }' $^; \
	  echo '};'; } > $@.tmp && mv $@.tmp $@
$(BUILD)/k/gen/%.o: $(BUILD)/k/gen/%.c
	$(CC) $(KCFLAGS) -MMD -MP -c -o $@ $<

$(KERNEL): $(KERNEL_OBJS) linker.ld
	$(CC) $(KLDFLAGS) -o $@ $(KERNEL_OBJS) $(LIBGCC)

-include $(KERNEL_OBJS:.o=.d)

include user/user.mk
-include tests/unit/unit.mk

# --- running it ---------------------------------------------------------------
QEMU      := qemu-system-i386
QEMUFLAGS ?=
KCMDLINE  ?=
# gdb: root (a container, CI) gets the usual 1234; other users a port of their
# own, so two students on one machine do not collide.  GDBPORT= overrides.
GDBPORT   ?= $(shell if [ "$$(id -u)" = 0 ]; then echo 1234; else expr $$(id -u) % 5000 + 25000; fi)
ISO       := $(BUILD)/socket86.iso
# COM1 is the console; COM2, if PCAP= names a file, the packet capture.
# (QEMU numbers serial ports in the order of the -serial options.)
SERIAL     = -serial mon:stdio
ifneq ($(PCAP),)
KCMDLINE  += pcap
SERIAL    += -serial file:$(PCAP)
endif

# Values that end up inside generated files: when they change, the files
# must be made again, so each is kept in a stamp that changes only then.
define stamp
$(shell mkdir -p $(BUILD); echo '$(2)' | cmp -s - $(BUILD)/$(1) || echo '$(2)' > $(BUILD)/$(1))$(BUILD)/$(1)
endef
CMDLINE_STAMP := $(call stamp,kcmdline.stamp,$(strip $(KCMDLINE)))
GDBPORT_STAMP := $(call stamp,gdbport.stamp,$(GDBPORT))
# -no-reboot: a triple fault stops QEMU instead of rebooting in a loop
# (add QEMUFLAGS="-d int,cpu_reset" to see the faults that led there).
# isa-debug-exit: the kernel's power-off ends QEMU (kernel/power.c).
QEMUOPTS = -m 128M -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-cdrom $(ISO) -boot d $(QEMUFLAGS)
# A window where there is a display; the terminal where there is none.
# QEMU exits with 1 after the kernel's clean power-off (2 x 0 + 1), 3 after a panic.
POWEROFF_OK = || [ $$? -eq 1 ]
HAVE_DISPLAY := $(if $(DISPLAY)$(WAYLAND_DISPLAY),yes)

iso: $(ISO)
$(ISO): $(KERNEL) $(BUILD)/user/netdemo boot/grub.cfg $(CMDLINE_STAMP)
	@tools/deps iso
	@grub-file --is-x86-multiboot $(KERNEL) || { echo "$(KERNEL) is not a multiboot kernel" >&2; exit 1; }
	@rm -rf $(BUILD)/iso && mkdir -p $(BUILD)/iso/boot/grub
	cp $(KERNEL) $(BUILD)/iso/boot/kernel
	cp $(BUILD)/user/netdemo $(BUILD)/iso/boot/netdemo
	sed 's|^\(\s*multiboot .*\)@CMDLINE@|\1$(strip $(KCMDLINE))|' boot/grub.cfg > $(BUILD)/iso/boot/grub/grub.cfg
	grub-mkrescue -o $@ $(BUILD)/iso 2>/dev/null

.gdbinit: .gdbinit.tmpl Makefile $(GDBPORT_STAMP)
	sed 's/@GDBPORT@/$(GDBPORT)/' $< > $@

qemu: deps-qemu $(ISO) .gdbinit
ifeq ($(HAVE_DISPLAY),yes)
	@echo "*** The console is also on this terminal.  To quit: close the window, or Ctrl-a x here."
	$(QEMU) $(QEMUOPTS) $(SERIAL) $(POWEROFF_OK)
else
	@echo "*** No display: the console is this terminal.  To quit: Ctrl-a x."
	$(QEMU) $(QEMUOPTS) -display none $(SERIAL) $(POWEROFF_OK)
endif

qemu-nox: deps-qemu $(ISO) .gdbinit
	@echo "*** To quit: Ctrl-a x."
	$(QEMU) $(QEMUOPTS) -display none $(SERIAL) $(POWEROFF_OK)

qemu-gdb: deps-qemu $(ISO) .gdbinit
	@echo "*** Waiting for gdb on port $(GDBPORT): run 'gdb' in this directory (or 'make gdb')."
	$(QEMU) $(QEMUOPTS) $(if $(HAVE_DISPLAY),,-display none) $(SERIAL) -S -gdb tcp::$(GDBPORT) $(POWEROFF_OK)

qemu-nox-gdb: deps-qemu $(ISO) .gdbinit
	@echo "*** Waiting for gdb on port $(GDBPORT): run 'gdb' in this directory (or 'make gdb'). Ctrl-a x quits."
	$(QEMU) $(QEMUOPTS) -display none $(SERIAL) -S -gdb tcp::$(GDBPORT) $(POWEROFF_OK)

# gdb declines to auto-load a .gdbinit it does not trust; reading it with -x
# (and -nx, so it is not read twice) needs no trust.
gdb: .gdbinit
	gdb -q -nx -x .gdbinit

# make run PROG=build/user/hello ARGS="a b": that program alone, headless,
# with `quiet`; prints its exit status (see tools/run), which make can only
# pass on as "Error" and its own status 2.
run: deps-qemu all
	@test -n "$(PROG)" || { echo "usage: make run PROG=path/to/static-i386-elf [ARGS=...] [PCAP=file]" >&2; exit 2; }
	@tools/run $(if $(PCAP),--pcap $(PCAP)) $(PROG) $(ARGS); s=$$?; echo "exit status $$s" >&2; exit $$s

deps-qemu:
	@tools/deps qemu

# --- testing ----------------------------------------------------------------
test:
	@tools/deps test
	@$(MAKE) --no-print-directory -j$$(nproc) all
	@$(MAKE) --no-print-directory unit-tests
	@tests/run

# The Linux transcripts the tests compare with (tests/golden/README.md).
golden: all
	@tools/deps test
	tools/golden

help:
	@echo "make            build the kernel (build/kernel) and the user programs (build/user, build/musl, build/glibc)"
	@echo "make iso        a GRUB ISO with the kernel and the demo (build/socket86.iso)"
	@echo "make qemu       boot the ISO: a window if there is a display, else this terminal"
	@echo "make qemu-nox   boot the ISO in this terminal (Ctrl-a x quits)"
	@echo "make qemu-gdb   the same, stopped at the first instruction for gdb (port $(GDBPORT));"
	@echo "                make qemu-nox-gdb: the same in this terminal"
	@echo "make gdb        gdb with the kernel's symbols, connected to qemu-gdb"
	@echo "make run PROG=prog ARGS=...   run one program headless; prints its exit status"
	@echo "                PCAP=file with qemu or run: capture the packets that cross lo"
	@echo "make test       everything: unit tests on the host, then the kernel under QEMU"
	@echo "make golden     regenerate tests/golden/ (the Linux transcripts) on this Linux host"
	@echo "make clean      remove build/"

.PHONY: all clean golden iso qemu qemu-nox qemu-gdb qemu-nox-gdb gdb run test help deps-qemu
clean:
	rm -rf $(BUILD) .gdbinit
