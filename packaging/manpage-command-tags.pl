#!/usr/bin/perl
# help2man makes a command whose name and arguments do not leave room for its description on the
# same line ("  sessions TARGET", the description on the lines below) into two indented paragraphs;
# this turns each such pair back into a tagged paragraph like the shorter commands' (.TP, and .TQ
# for a second line of names). A tag line starts with the command's word and has no ": ".
#   manpage-command-tags.pl IN OUT
use strict;
use warnings;
my ($in, $out) = @ARGV;
open(my $input, '<', $in) or die "$in: $!\n";
my $page = do { local $/; <$input> };
$page =~ s{^\.IP\n((?:[a-z]+ (?:(?!: )[^\n])*\n){1,2})\.IP\n}
          {".TP\n" . join("\n.TQ\n", split(/\n/, $1)) . "\n"}gme;
open(my $output, '>', $out) or die "$out: $!\n";
print $output $page;
close($output) or die "$out: $!\n";
