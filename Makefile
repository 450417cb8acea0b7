# socket86 — the user interface to the project: build, iso, qemu, qemu-nox,
# qemu-gdb, run, test.  `make help` lists the targets.
#
# Toolchain: picked by itself in this order: i686-elf-, i686-linux-gnu-, then
# the host gcc with -m32.  TOOLPREFIX= overrides.

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
KERNEL_OBJS := $(patsubst %,$(BUILD)/k/%.o,$(basename $(KERNEL_SRCS)))
KERNEL := $(BUILD)/kernel

all: $(KERNEL) user

$(BUILD)/k/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -MMD -MP -c -o $@ $<
$(BUILD)/k/%.o: %.S
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -D__ASSEMBLER__ -MMD -MP -c -o $@ $<

$(KERNEL): $(KERNEL_OBJS) linker.ld
	$(CC) $(KLDFLAGS) -o $@ $(KERNEL_OBJS) $(LIBGCC)

-include $(KERNEL_OBJS:.o=.d)

include user/user.mk

.PHONY: all clean
clean:
	rm -rf $(BUILD)
